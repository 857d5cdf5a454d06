import ArgumentParser

/// `tzsim bench …`: performance benchmarks of the engine and the territory model.
struct BenchCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "bench",
    abstract: "Measure the engine's speed on reference models.",
    subcommands: [
      MMcBenchCommand.self, TerritoryBenchCommand.self, OverloadBenchCommand.self, CalibrateBenchCommand.self, UncertaintyBenchCommand.self,
      DesignsBenchCommand.self, NationalBenchCommand.self, CalendarBenchCommand.self,
    ]
  )
}
