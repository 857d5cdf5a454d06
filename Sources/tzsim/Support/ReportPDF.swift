import Foundation

/// Prints `report.html` to `report.pdf` with a browser engine found on the
/// PATH (Chromium or Chrome, headless): A4, TZSim's own page margins and page
/// numbers, no browser header or footer.
enum ReportPDF {
  static let candidates = ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable"]

  /// The first browser engine on the PATH, if any.
  static func browser() -> String? {
    let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
    for name in candidates {
      for dir in path.split(separator: ":") {
        let file = "\(dir)/\(name)"
        if FileManager.default.isExecutableFile(atPath: file) { return file }
      }
    }
    return nil
  }

  /// Refuses `--pdf` before any work when no engine is installed.
  static func requireBrowser() throws -> String {
    guard let b = browser() else {
      throw Failure.usage(
        "error: --pdf needs Chromium or Chrome on the PATH, and none was found",
        hint: "install it (Debian: apt-get install chromium), or run without --pdf and print report.html from a browser")
    }
    return b
  }

  static func print(_ html: URL, to pdf: URL, browser: String) throws {
    let profile = FileManager.default.temporaryDirectory.appendingPathComponent("tzsim-pdf-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: profile) }
    let p = Process()
    p.executableURL = URL(fileURLWithPath: browser)
    p.arguments = [
      "--headless=new", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer", "--user-data-dir=\(profile.path)",
      "--print-to-pdf=\(pdf.path)", html.absoluteString,
    ]
    p.standardOutput = FileHandle.nullDevice
    p.standardError = FileHandle.nullDevice
    do { try p.run() } catch { throw Failure.internal("cannot start \(browser): \(error.localizedDescription)") }
    p.waitUntilExit()
    guard p.terminationStatus == 0, FileManager.default.fileExists(atPath: pdf.path) else {
      throw Failure.internal("\(browser) did not print the report (status \(p.terminationStatus))")
    }
  }
}
