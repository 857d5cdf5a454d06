/// The 81 member communes of Troyes Champagne Métropole, embedded from
/// `Data/communes-tcm.csv` (INSEE 2023 legal populations, Licence Ouverte;
/// provenance in `Data/SOURCES.md`).
///
/// ```swift
/// let troyes = CommuneDirectory.troyesChampagneMetropole.commune("10387")!
/// print(troyes.name, troyes.population)   // Troyes 61996 (population municipale 2023)
/// ```
public struct CommuneDirectory: Sendable {
  /// The communes in file order (sorted by INSEE code).
  public let communes: [Commune]
  let byCode: [String: Int]

  public init(communes: [Commune]) {
    self.communes = communes
    byCode = Dictionary(communes.enumerated().map { ($1.inseeCode, $0) }, uniquingKeysWith: { a, _ in a })
  }

  /// The commune with this INSEE code.
  public func commune(_ code: String) -> Commune? { byCode[code].map { communes[$0] } }

  /// Total population.
  public var population: Int { communes.reduce(0) { $0 + $1.population } }

  /// The shipped directory.
  public static let troyesChampagneMetropole: CommuneDirectory = {
    let text = String(decoding: PackageResources.communes_tcm_csv, as: UTF8.self)
    return try! CommuneDirectory(csv: text)
  }()

  /// Why a communes file could not be read.
  public struct FormatError: Error, CustomStringConvertible, Equatable {
    public let line: Int
    public let message: String
    public var description: String { "line \(line): \(message)" }

    public init(line: Int, message: String) {
      self.line = line
      self.message = message
    }
  }

  /// Reads the CSV layout of `communes-tcm.csv` (comma-separated, header row,
  /// no quoted fields). Unknown extra columns are ignored.
  public init(csv text: String) throws(FormatError) {
    var lines = text.split(separator: "\n", omittingEmptySubsequences: true).map { String($0).trimmingSuffixCR() }
    guard !lines.isEmpty else { throw FormatError(line: 1, message: "empty file") }
    let header = lines.removeFirst().split(separator: ",").map(String.init)
    let needed = ["insee_code", "name", "population", "latitude", "longitude", "nearest_pce", "nearest_pce_km"]
    var col: [String: Int] = [:]
    for name in needed {
      guard let i = header.firstIndex(of: name) else { throw FormatError(line: 1, message: "missing column `\(name)`") }
      col[name] = i
    }
    var list: [Commune] = []
    for (n, line) in lines.enumerated() {
      let f = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
      guard f.count == header.count else {
        throw FormatError(line: n + 2, message: "expected \(header.count) fields, found \(f.count)")
      }
      guard let pop = Int(f[col["population"]!]), let lat = Double(f[col["latitude"]!]),
        let lon = Double(f[col["longitude"]!]), let km = Double(f[col["nearest_pce_km"]!])
      else { throw FormatError(line: n + 2, message: "a number could not be read") }
      list.append(
        Commune(
          inseeCode: f[col["insee_code"]!], name: f[col["name"]!], population: pop, latitude: lat, longitude: lon,
          nearestServicePoint: f[col["nearest_pce"]!], nearestServicePointKm: km))
    }
    self.init(communes: list)
  }
}

extension String {
  fileprivate func trimmingSuffixCR() -> String { hasSuffix("\r") ? String(dropLast()) : self }
}
