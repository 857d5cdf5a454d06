import ArgumentParser

/// The `tzsim` command: thin; it parses arguments, calls the libraries,
/// prints, and sets exit codes (64 for a bad scenario or usage, 1 for an
/// internal failure).
@main
struct TZSimCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "tzsim",
    abstract: "Simulate local employment programmes (Points Conseil Emploi, TZCLD).",
    discussion: """
      Examples:
        tzsim run              (the embedded Troyes 2020 scenario)
        tzsim run Scenarios/troyes-2020.yaml --replications 1000 --jobs 2
        tzsim run my-scenario.yaml --output out/mine --excel-fr
        tzsim validate my-scenario.yaml
        tzsim init my-scenario.yaml
        tzsim dump-scenario --effective Scenarios/troyes-2020.yaml
        tzsim compare Scenarios/troyes-2020-staffing.yaml
        tzsim verify out/troyes-2020
        tzsim plan Scenarios/troyes-2020-staffing.yaml --objective accompanied-2020
          --probability 0.9 --vary "sites[troyes].advisors" --range 1...6
        tzsim bench mmc --customers 1000000 --seed 12345
        tzsim serve Scenarios   (the browser workspace; needs tzsim-serve built)
      """,
    version: TZSimVersion.current,
    subcommands: [
      RunCommand.self, ValidateCommand.self, InitCommand.self, DumpScenarioCommand.self, CompareCommand.self, PlanCommand.self,
      MergeCommand.self, VerifyCommand.self, ImportCommand.self, CalibrateCommand.self, BenchCommand.self,
      ServeCommand.self,
    ]
  )
}
