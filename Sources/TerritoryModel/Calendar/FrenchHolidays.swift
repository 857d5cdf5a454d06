public import SimulationCore

/// The 11 public holidays of metropolitan France (Code du travail, art. L3133-1):
/// 1 January, Easter Monday, 1 May, 8 May, Ascension Thursday, Whit Monday,
/// 14 July, 15 August, 1 November, 11 November, 25 December.
///
/// Easter Sunday comes from the anonymous Gregorian algorithm (Meeus/Jones/Butcher);
/// Easter Monday is 1 day after it, Ascension 39 days, Whit Monday 50 days.
public enum FrenchHolidays {
  /// Easter Sunday of `year` (Gregorian calendar).
  public static func easterSunday(_ year: Int) -> CivilDate {
    let a = year % 19
    let b = year / 100
    let c = year % 100
    let d = b / 4
    let e = b % 4
    let f = (b + 8) / 25
    let g = (b - f + 1) / 3
    let h = (19 * a + b - d - g + 15) % 30
    let i = c / 4
    let k = c % 4
    let l = (32 + 2 * e + 2 * i - h - k) % 7
    let m = (a + 11 * h + 22 * l) / 451
    let month = (h + l - 7 * m + 114) / 31
    let day = (h + l - 7 * m + 114) % 31 + 1
    return CivilDate(year: year, month: month, day: day)!
  }

  /// The 11 holidays of `year`, in date order, with their French names.
  public static func holidays(_ year: Int) -> [(date: CivilDate, name: String)] {
    let easter = easterSunday(year)
    func d(_ m: Int, _ day: Int) -> CivilDate { CivilDate(year: year, month: m, day: day)! }
    let list: [(CivilDate, String)] = [
      (d(1, 1), "Jour de l'an"),
      (easter.adding(days: 1), "Lundi de Pâques"),
      (d(5, 1), "Fête du Travail"),
      (d(5, 8), "Victoire 1945"),
      (easter.adding(days: 39), "Ascension"),
      (easter.adding(days: 50), "Lundi de Pentecôte"),
      (d(7, 14), "Fête nationale"),
      (d(8, 15), "Assomption"),
      (d(11, 1), "Toussaint"),
      (d(11, 11), "Armistice 1918"),
      (d(12, 25), "Noël"),
    ]
    return list.sorted { $0.0 < $1.0 }.map { (date: $0.0, name: $0.1) }
  }

  /// Whether `date` is one of the 11 holidays.
  public static func isHoliday(_ date: CivilDate) -> Bool {
    holidays(date.year).contains { $0.date == date }
  }
}
