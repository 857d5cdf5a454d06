public import Foundation

/// The list of the files TZSim wrote in a results folder (`.tzsim-manifest`):
/// a later run replaces the folder only if it holds nothing else. Written
/// the same way by `tzsim run` and the browser workspace, so that `tzsim
/// verify` finds the same bytes.
public enum OutputManifest {
  public static let name = ".tzsim-manifest"

  /// The manifest of the folder at `root` (its entries, files and folders,
  /// sorted, then the manifest itself).
  public static func text(for root: URL) -> String {
    (["# files written by tzsim; a later run replaces this folder only if it holds nothing else"] + entries(of: root) + [name])
      .joined(separator: "\n") + "\n"
  }

  /// Every file and folder below `root`, as paths relative to it, sorted.
  public static func entries(of root: URL) -> [String] {
    var out: [String] = []
    if let e = FileManager.default.enumerator(atPath: root.standardizedFileURL.path) {
      while let relative = e.nextObject() as? String { out.append(relative) }
    }
    return out.sorted()
  }

  /// Every regular file below `root` (a link is not a file here), as paths relative to it, sorted:
  /// what `tzsim verify` compares and what the workspace offers to download.
  public static func files(of root: URL) -> [String] {
    let base = root.standardizedFileURL.path + "/"
    return entries(of: root).filter {
      (try? FileManager.default.attributesOfItem(atPath: base + $0)[.type] as? FileAttributeType) == .typeRegular
    }
  }
}
