/// Month arithmetic for monthly models.
extension YearMonth {
  /// Whole months from `self` to `other` (negative when `other` is earlier).
  public func months(to other: YearMonth) -> Int { (other.year - year) * 12 + (other.month - month) }

  /// The month `n` months later (earlier when `n` is negative).
  public func adding(months n: Int) -> YearMonth {
    let total = year * 12 + (month - 1) + n
    let y = total >= 0 ? total / 12 : (total - 11) / 12
    return YearMonth(year: y, month: total - y * 12 + 1)
  }
}
