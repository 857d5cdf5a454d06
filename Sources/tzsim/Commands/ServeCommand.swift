import ArgumentParser
import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// `tzsim serve [FOLDER]`: the browser workspace. It lives in its own
/// program, `tzsim-serve`, so that `tzsim` builds without a web server; this
/// command hands over to it when it is built beside `tzsim`.
struct ServeCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "serve",
    abstract: "Open a folder of scenarios as a workspace in the browser (runs tzsim-serve).",
    discussion: """
      Build it once: swift build -c release --product tzsim-serve
      Then: tzsim serve Scenarios   and open http://127.0.0.1:8080/

      Options are those of tzsim-serve (--host, --port, --jobs); see tzsim-serve --help.
      """)

  @Argument(parsing: .captureForPassthrough, help: "FOLDER and the options of tzsim-serve.")
  var arguments: [String] = []

  func run() throws {
    let here = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()
    var candidates = [here.appendingPathComponent("tzsim-serve").path]
    if let path = ProcessInfo.processInfo.environment["PATH"] {
      candidates += path.split(separator: ":").map { "\($0)/tzsim-serve" }
    }
    guard let program = candidates.first(where: { FileManager.default.isExecutableFile(atPath: $0) }) else {
      FileHandle.standardError.write(
        Data(
          ("error: tzsim serve needs the program tzsim-serve, which is not built\n"
            + "  hint: swift build -c release --product tzsim-serve (or: swift run -c release tzsim-serve FOLDER)\n").utf8))
      throw ExitCode(64)
    }
    let argv = [program] + arguments
    var cArgs = argv.map { strdup($0) } + [nil]
    execv(program, &cArgs)
    FileHandle.standardError.write(Data("error: cannot start \(program): \(String(cString: strerror(errno)))\n".utf8))
    throw ExitCode(1)
  }
}
