import Foundation
import TerritoryModel

/// Finds a commune of the territory from what a list gives: an INSEE code, or
/// a name (written any way: case, accents, `ST`/`SAINT`, hyphens) with an
/// optional postcode, which must then be in the Aube (10xxx).
struct CommuneMatcher {
  let directory: CommuneDirectory
  let byName: [String: String]

  init(directory: CommuneDirectory) {
    self.directory = directory
    byName = Dictionary(directory.communes.map { (Self.key($0.name), $0.inseeCode) }, uniquingKeysWith: { a, _ in a })
  }

  /// "Saint-André-les-Vergers", "ST ANDRE LES VERGERS" → "SAINTANDRELESVERGERS".
  static func key(_ name: String) -> String {
    let plain = name.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: Locale(identifier: "fr_FR")).uppercased()
    let words = plain.split { !$0.isLetter && !$0.isNumber }.map { w -> String in
      switch w {
      case "ST": "SAINT"
      case "STE": "SAINTE"
      default: String(w)
      }
    }
    return words.joined()
  }

  /// The INSEE code, or nil when the commune is not one of the territory's.
  func match(code: String?, name: String?, postcode: String?) -> String? {
    if let code = code?.trimmingCharacters(in: .whitespaces), !code.isEmpty {
      let padded = code.count == 4 ? "0" + code : code
      return directory.commune(padded) != nil ? padded : nil
    }
    if let postcode = postcode?.trimmingCharacters(in: .whitespaces), !postcode.isEmpty, !postcode.hasPrefix("10") { return nil }
    guard let name, !name.trimmingCharacters(in: .whitespaces).isEmpty else { return nil }
    return byName[Self.key(name)]
  }
}
