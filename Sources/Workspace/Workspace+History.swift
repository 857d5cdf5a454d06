import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The history of saves, renaming and the bin: nothing the planner wrote is lost.
///
/// - Every save keeps the text it replaces in `tzsim-runs/historique/<scenario>/`
///   (one file per save, named by its UTC moment); ``restore(_:version:base:)``
///   brings one back, as a save (so a restore can itself be undone).
/// - ``renameScenario(_:to:)`` never replaces a file (the new name must be free) and
///   takes the history along.
/// - ``putInBin(_:base:)`` moves the scenario into `tzsim-runs/corbeille/`,
///   from where ``takeFromBin(_:)`` puts it back under its name if that is free.
///   Nothing is ever erased; the folders are TZSim's, inside its marked folder.
extension Workspace {
  static let historyFolderName = "historique"
  static let binFolderName = "corbeille"

  var historyRoot: URL { runsFolder.appendingPathComponent(Self.historyFolderName, isDirectory: true) }
  var binFolder: URL { runsFolder.appendingPathComponent(Self.binFolderName, isDirectory: true) }

  func historyFolder(_ name: String) -> URL { historyRoot.appendingPathComponent(name, isDirectory: true) }

  /// Keeps `bytes`, the text scenario `name` had until now, in its history.
  func keepVersion(_ name: String, _ bytes: [UInt8], at date: Date = Date()) throws {
    let folder = historyFolder(name)
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    var moment = date
    // Two saves in the same millisecond: the later one a millisecond on.
    while FileManager.default.fileExists(atPath: folder.appendingPathComponent(SavedVersion.fileName(name, at: moment)).path) {
      moment = moment.addingTimeInterval(0.001)
    }
    try Data(bytes).write(to: folder.appendingPathComponent(SavedVersion.fileName(name, at: moment)), options: .withoutOverwriting)
  }

  /// The kept versions of scenario `name`, newest first.
  public func history(_ name: String) throws -> [SavedVersion] {
    guard Self.isScenarioName(name) else { throw WorkspaceProblem(.notFound, "« \(name) » n'est pas un nom de scénario") }
    return versions(in: historyFolder(name)).filter { $0.scenario == name }
  }

  /// The text of version `id` of scenario `name`.
  public func version(_ name: String, _ id: String) throws -> [UInt8] {
    guard Self.isScenarioName(name), let v = SavedVersion(fileName: id, size: 0), v.scenario == name,
      let data = plainFile(historyFolder(name).appendingPathComponent(id))
    else { throw WorkspaceProblem(.notFound, "cette version de « \(name) » n'existe pas") }
    return data
  }

  /// Scenario `name` given back the text of version `id` (a save: the text
  /// replaced goes into the history, and the file must still be `base`).
  public func restore(_ name: String, version id: String, base: String) throws {
    let bytes = try version(name, id)
    try save(name, bytes: bytes, base: base)
  }

  /// Scenario `name` renamed `newName`, with its history; refused if `newName` is taken.
  public func renameScenario(_ name: String, to newName: String) throws {
    let url = try scenarioURL(name)
    guard Self.isScenarioName(newName) else {
      throw WorkspaceProblem(.invalid, "« \(newName) » : un nom de scénario est fait de lettres, chiffres, - _ . et finit par .yaml")
    }
    let target = root.appendingPathComponent(newName)
    // link(2) refuses an existing target: the rename never replaces a file.
    guard link(url.path, target.path) == 0 else {
      throw WorkspaceProblem(
        .invalid,
        errno == EEXIST
          ? "« \(newName) » existe déjà : TZSim ne le remplace pas"
          : "« \(name) » n'a pas pu être renommé (\(String(cString: strerror(errno))))")
    }
    unlink(url.path)
    try moveHistory(from: name, to: newName)
  }

  func moveHistory(from name: String, to newName: String) throws {
    let old = historyFolder(name)
    guard FileManager.default.fileExists(atPath: old.path) else { return }
    let new = historyFolder(newName)
    try FileManager.default.createDirectory(at: new, withIntermediateDirectories: true)
    for v in versions(in: old) where v.scenario == name {
      let renamed = String(v.id.prefix(20)) + newName
      // Moved only where the new name is free: a version is never lost, at worst left under the old name.
      if link(old.appendingPathComponent(v.id).path, new.appendingPathComponent(renamed).path) == 0 {
        unlink(old.appendingPathComponent(v.id).path)
      }
    }
    rmdir(old.path)  // only if emptied: a folder with anything else is left
  }

  /// Scenario `name` moved to the bin (if the file is still `base`); its history stays.
  public func putInBin(_ name: String, base: String) throws {
    let url = try scenarioURL(name)
    guard ScenarioText.hash(try read(name)) == base else {
      throw WorkspaceProblem(
        .stale, "« \(name) » a été modifié ailleurs depuis que vous l'avez ouvert : il n'a pas été mis à la corbeille.")
    }
    try FileManager.default.createDirectory(at: binFolder, withIntermediateDirectories: true)
    var moment = Date()
    while true {
      let target = binFolder.appendingPathComponent(SavedVersion.fileName(name, at: moment))
      if link(url.path, target.path) == 0 { break }
      guard errno == EEXIST else {
        throw WorkspaceProblem(.invalid, "« \(name) » n'a pas pu être mis à la corbeille (\(String(cString: strerror(errno))))")
      }
      moment = moment.addingTimeInterval(0.001)
    }
    unlink(url.path)
  }

  /// What the bin holds, newest first.
  public func bin() -> [SavedVersion] { versions(in: binFolder) }

  /// The scenario `id` names in the bin put back under its name; refused if the name is taken.
  public func takeFromBin(_ id: String) throws -> String {
    guard let v = SavedVersion(fileName: id, size: 0) else { throw WorkspaceProblem(.notFound, "rien de ce nom dans la corbeille") }
    let source = binFolder.appendingPathComponent(id)
    guard plainFile(source) != nil else { throw WorkspaceProblem(.notFound, "rien de ce nom dans la corbeille") }
    guard link(source.path, root.appendingPathComponent(v.scenario).path) == 0 else {
      throw WorkspaceProblem(
        .invalid, "« \(v.scenario) » existe déjà : renommez-le d'abord, TZSim ne le remplace pas par celui de la corbeille")
    }
    unlink(source.path)
    return v.scenario
  }

  /// The versions in `folder` (files named as TZSim names them), newest first.
  func versions(in folder: URL) -> [SavedVersion] {
    guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path) else { return [] }
    return names.compactMap { n -> SavedVersion? in
      var s = stat()
      guard lstat(folder.appendingPathComponent(n).path, &s) == 0, (s.st_mode & S_IFMT) == S_IFREG else { return nil }
      return SavedVersion(fileName: n, size: Int(s.st_size))
    }.sorted { ($0.date, $0.id) > ($1.date, $1.id) }
  }

  /// The bytes of a regular file (not a link), or nil.
  func plainFile(_ url: URL) -> [UInt8]? {
    guard isRegularFile(url), let data = FileManager.default.contents(atPath: url.path) else { return nil }
    return [UInt8](data)
  }
}

extension Workspace {
  /// Run folder `folder` moved into the bin (`tzsim-runs/corbeille/<moment>-<folder>`): its files
  /// leave the run's page but nothing is erased.
  public func putRunInBin(_ folder: String) throws {
    guard folder.hasPrefix("run-"), !folder.contains("/"), !folder.contains("..") else {
      throw WorkspaceProblem(.notFound, "ce dossier de calcul n'existe pas")
    }
    let url = runsFolder.appendingPathComponent(folder)
    var s = stat()
    guard lstat(url.path, &s) == 0, (s.st_mode & S_IFMT) == S_IFDIR else {
      throw WorkspaceProblem(.notFound, "ce dossier de calcul n'existe pas")
    }
    try FileManager.default.createDirectory(at: binFolder, withIntermediateDirectories: true)
    let target = binFolder.appendingPathComponent(SavedVersion.stamp(Date()) + "-" + folder)
    guard !FileManager.default.fileExists(atPath: target.path), rename(url.path, target.path) == 0 else {
      throw WorkspaceProblem(.invalid, "les fichiers du calcul n'ont pas pu être mis à la corbeille")
    }
  }
}
