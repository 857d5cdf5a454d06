import ArgumentParser

/// The `tzsim` command: thin; it parses arguments, calls the libraries,
/// prints, and sets exit codes.
@main
struct TZSimCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "tzsim",
    abstract: "Simulate local employment programmes (Points Conseil Emploi, TZCLD).",
    discussion: """
      Examples:
        tzsim bench mmc --customers 1000000 --seed 12345
      """,
    version: TZSimVersion.current,
    subcommands: [BenchCommand.self]
  )
}
