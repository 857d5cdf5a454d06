public import Foundation
import Studies

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A planner's folder: the scenarios (`*.yaml` at its top level) and, in
/// `tzsim-runs/`, the runs made from them with their record.
///
/// ```swift
/// let workspace = try Workspace(folder: "Scenarios")
/// for name in try workspace.scenarioNames() { print(name) }   // troyes-2020.yaml, …
/// let text = try workspace.read("troyes-2020.yaml")
/// ```
///
/// **Confinement.** A scenario is named by its file name only: letters,
/// digits, `-`, `_` and `.`, ending in `.yaml` or `.yml`, not starting with a
/// dot. The file must be a regular file (not a symbolic link) directly in the
/// folder, and its resolved path must lie in the folder's resolved path: `../`,
/// absolute paths and links that lead out are refused.
public final class Workspace: Sendable {
  /// The folder, with symbolic links resolved.
  public let root: URL
  /// Where runs are written (`tzsim-runs/`): a folder TZSim made and marked.
  public let runsFolder: URL
  static let runsFolderName = "tzsim-runs"
  static let marker = ".tzsim-workspace"
  /// An exclusive lock on the marker, held while this value lives: one
  /// workspace at a time per folder, so that one never tidies up (staging
  /// folders, unfinished runs) what another is writing.
  private let lockDescriptor: Int32
  /// The scenarios decoded lately (the page shown, then the run asked from it, decode a file once).
  public let decoded = DecodedScenarios()

  /// - Throws: ``WorkspaceProblem`` when the folder does not exist, when
  ///   `tzsim-runs/` exists with files TZSim did not write, or when another
  ///   workspace (another `tzsim-serve`) has the folder open.
  public init(folder: String) throws {
    let url = URL(fileURLWithPath: folder).standardizedFileURL
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), isDirectory.boolValue else {
      throw WorkspaceProblem(.notFound, "\(folder) : ce dossier n'existe pas")
    }
    root = Workspace.resolved(url)
    runsFolder = root.appendingPathComponent(Self.runsFolderName, isDirectory: true)
    try Self.prepareRunsFolder(runsFolder)
    let fd = open(runsFolder.appendingPathComponent(Self.marker).path, O_RDONLY | O_CLOEXEC)
    guard fd >= 0, flock(fd, LOCK_EX | LOCK_NB) == 0 else {
      if fd >= 0 { close(fd) }
      throw WorkspaceProblem(.forbidden, "un autre tzsim-serve a déjà ouvert \(root.path) : un seul à la fois par dossier")
    }
    lockDescriptor = fd
  }

  deinit { close(lockDescriptor) }

  private static func prepareRunsFolder(_ runsFolder: URL) throws {
    let fm = FileManager.default
    let markerURL = runsFolder.appendingPathComponent(marker)
    if fm.fileExists(atPath: runsFolder.path) {
      guard fm.fileExists(atPath: markerURL.path) else {
        let entries = (try? fm.contentsOfDirectory(atPath: runsFolder.path)) ?? []
        guard entries.isEmpty else {
          throw WorkspaceProblem(
            .forbidden,
            "\(runsFolder.path) existe et n'a pas été écrit par TZSim : il n'y sera rien écrit (renommez-le, ou choisissez un autre dossier)"
          )
        }
        try Data().write(to: markerURL)
        return
      }
      return
    }
    try fm.createDirectory(at: runsFolder, withIntermediateDirectories: false)
    try Data().write(to: markerURL)
  }

  /// The path with every symbolic link resolved (`realpath`).
  static func resolved(_ url: URL) -> URL {
    guard let p = realpath(url.path, nil) else { return url }
    defer { free(p) }
    return URL(fileURLWithPath: String(cString: p), isDirectory: true)
  }

  /// Whether `name` is a scenario file name the workspace accepts.
  public static func isScenarioName(_ name: String) -> Bool {
    guard (1...120).contains(name.count), !name.hasPrefix("."), name.hasSuffix(".yaml") || name.hasSuffix(".yml") else { return false }
    return name.unicodeScalars.allSatisfy { c in
      c.isASCII && (c.properties.isAlphabetic || ("0"..."9").contains(c) || c == "-" || c == "_" || c == ".")
    } && !name.contains("..")
  }

  /// The scenario files of the folder, sorted by name (links and other files left out).
  public func scenarioNames() throws -> [String] {
    let entries = try FileManager.default.contentsOfDirectory(atPath: root.path)
    return entries.filter { Self.isScenarioName($0) && isRegularFile(root.appendingPathComponent($0)) }.sorted()
  }

  /// The file of scenario `name`, checked as described in the type's documentation.
  public func scenarioURL(_ name: String) throws -> URL {
    guard Self.isScenarioName(name) else {
      throw WorkspaceProblem(
        .notFound, "« \(name) » n'est pas un nom de scénario de l'espace de travail (un nom de fichier .yaml, sans dossier)")
    }
    let url = root.appendingPathComponent(name)
    guard isRegularFile(url) else { throw WorkspaceProblem(.notFound, "le scénario « \(name) » n'existe pas dans l'espace de travail") }
    guard Workspace.resolved(url).deletingLastPathComponent().path == root.path else {
      throw WorkspaceProblem(.forbidden, "« \(name) » mène hors de l'espace de travail")
    }
    return url
  }

  /// A regular file, not a symbolic link (`lstat`).
  func isRegularFile(_ url: URL) -> Bool {
    var s = stat()
    guard lstat(url.path, &s) == 0 else { return false }
    return (s.st_mode & S_IFMT) == S_IFREG
  }

  /// The bytes of scenario `name`.
  public func read(_ name: String) throws -> [UInt8] {
    let url = try scenarioURL(name)
    guard let data = FileManager.default.contents(atPath: url.path) else {
      throw WorkspaceProblem(.notFound, "le scénario « \(name) » ne peut pas être lu")
    }
    return [UInt8](data)
  }

  /// Replaces scenario `name` with `bytes`, only if the file still holds
  /// what was read (`base`, the SHA-256 of those bytes): an edit made
  /// meanwhile elsewhere is never lost silently. The new text is written
  /// beside the file, then moved over it (a reader never sees half a file).
  public func save(_ name: String, bytes: [UInt8], base: String) throws {
    let url = try scenarioURL(name)
    let current = try read(name)
    guard ScenarioText.hash(current) == base else {
      throw WorkspaceProblem(
        .stale,
        "« \(name) » a été modifié ailleurs depuis que vous l'avez ouvert : vos changements n'ont pas été enregistrés. Rouvrez le scénario et refaites-les."
      )
    }
    if current != bytes { try keepVersion(name, current) }
    try replace(url, with: bytes, what: "« \(name) »")
  }

  /// `url` given `bytes`: written to a new file of our own beside it (never one that exists),
  /// then moved over it, so that a reader never sees half a file. Only that new file is ever
  /// removed, if the move fails.
  func replace(_ url: URL, with bytes: [UInt8], what: String) throws {
    let temporary = url.deletingLastPathComponent().appendingPathComponent(".\(url.lastPathComponent).tzsim-saving-\(UUID().uuidString)")
    try Data(bytes).write(to: temporary, options: .withoutOverwriting)
    guard rename(temporary.path, url.path) == 0 else {
      try? FileManager.default.removeItem(at: temporary)
      throw WorkspaceProblem(.invalid, "\(what) n'a pas pu être enregistré (\(String(cString: strerror(errno))))")
    }
  }

  /// Creates scenario `name` with `bytes`; refuses if the name is taken.
  public func create(_ name: String, bytes: [UInt8]) throws {
    guard Self.isScenarioName(name) else {
      throw WorkspaceProblem(.invalid, "« \(name) » : un nom de scénario est fait de lettres, chiffres, - _ . et finit par .yaml")
    }
    let url = root.appendingPathComponent(name)
    guard !FileManager.default.fileExists(atPath: url.path), (try? url.checkResourceIsReachable()) != true else {
      throw WorkspaceProblem(.invalid, "« \(name) » existe déjà : TZSim ne le remplace pas")
    }
    do {
      try Data(bytes).write(to: url, options: .withoutOverwriting)
    } catch {
      throw WorkspaceProblem(.invalid, "« \(name) » n'a pas pu être créé (\(error.localizedDescription))")
    }
  }
}

extension Workspace {
  /// Removes the staging folders a stopped workspace left in `tzsim-runs/`:
  /// those marked as TZSim's whose process is gone (a folder without the marker is left).
  public func removeStagingFolders() { StudyFolder.removeAbandonedStaging(in: runsFolder) }

  /// The files of run folder `folder` (relative paths), or nil if it is not one.
  public func runFiles(_ folder: String) -> [String]? {
    guard folder.hasPrefix("run-"), !folder.contains("/") else { return nil }
    let url = runsFolder.appendingPathComponent(folder)
    guard Workspace.resolved(url).deletingLastPathComponent().path == runsFolder.path else { return nil }
    return OutputManifest.files(of: url)
  }

  /// The file at `path` in run folder `folder`: every part a plain name (no
  /// `..`, no hidden file), no symbolic link on the way, a regular file at the end.
  public func runFile(_ folder: String, _ path: [String]) -> URL? {
    guard folder.hasPrefix("run-"), !folder.contains("/"), !path.isEmpty else { return nil }
    var url = runsFolder.appendingPathComponent(folder)
    var s = stat()
    guard lstat(url.path, &s) == 0, (s.st_mode & S_IFMT) == S_IFDIR else { return nil }
    for (i, part) in path.enumerated() {
      guard !part.isEmpty, !part.hasPrefix("."), !part.contains("/"), !part.contains("\0") else { return nil }
      url = url.appendingPathComponent(part)
      guard lstat(url.path, &s) == 0 else { return nil }
      let isLast = i == path.count - 1
      guard (s.st_mode & S_IFMT) == (isLast ? S_IFREG : S_IFDIR) else { return nil }
    }
    return url
  }
}
