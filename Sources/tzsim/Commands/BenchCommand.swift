import ArgumentParser

/// `tzsim bench …`: performance benchmarks of the engine.
struct BenchCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "bench",
    abstract: "Measure the engine's speed on reference models.",
    subcommands: [MMcBenchCommand.self]
  )
}
