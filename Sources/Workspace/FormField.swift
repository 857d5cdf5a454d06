public import TerritoryModel

/// One value of a scenario file as the form shows it: where it is (its key
/// path and `line:column`), what it is called in French, its range when the
/// model declares one, and whether the form can change it in place.
public struct FormField: Sendable, Equatable {
  /// The key path: `.key` for a mapping's key, `[id]` (or `[index]`) for a
  /// list entry, `[key]` for a key that is data (a commune code, `1.0`).
  public let path: String
  /// The top-level key the value sits under (`sites`, `tzcld`, …).
  public let section: String
  /// The last key of the path; for a value in a list of values, the list's key and its rank from 1 (`weekdays#2`).
  public let key: String
  /// The entry it belongs to, by name when it has one (`PCE Troyes`).
  public let entry: String?
  /// The value as written (without its quotes).
  public let value: String
  public let line: Int
  public let column: Int
  /// The model's rule for this value, if it is a numeric parameter.
  public let range: ParameterRange?
  /// Why the form cannot change this value in place (it is then shown, read-only), or nil.
  public let readOnlyReason: String?

  public var isEditable: Bool { readOnlyReason == nil }
  /// Whether the value is a number (the form then accepts a decimal comma).
  public var isNumeric: Bool { range != nil || Double(value) != nil }
  /// Whether the value is a share or a probability (a number from 0 to 1): the form also takes it as a percentage.
  public var isShare: Bool { range.map { $0.lower >= 0 && $0.upper == 1 && !$0.isInteger } ?? false }
  /// The value as the form shows it: a share or a probability as a percentage (`0.7` → « 70 % »,
  /// `0.125` → « 12,5 % »), anything else as written. Sent back unchanged, it leaves the file as it is.
  public var displayValue: String {
    guard isShare, let x = Double(value), x >= 0, x <= 1 else { return value }
    let percent = (x * 100 * 1e9).rounded() / 1e9
    return percent.shortestText.replacingOccurrences(of: ".", with: ",") + " %"
  }

  /// Whether the value names a KPI (an objective's `kpi`).
  public var isKPI: Bool { key == "kpi" && section == "objectives" }

  /// The label in French: the key's name, and the entry it belongs to.
  public var label: String {
    let parts = key.split(separator: "#", maxSplits: 1)
    return parts.count == 2 ? "\(FieldLabels.french(String(parts[0]), at: path)) (\(parts[1]))" : FieldLabels.french(key, at: path)
  }
}
