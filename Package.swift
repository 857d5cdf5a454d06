// swift-tools-version: 6.1
//
// TZSim: a discrete-event simulator of local employment programmes
// (Points Conseil Emploi, Territoire zéro chômeur de longue durée).
//
// Layers, arrows pointing down only:
//   tzsim-serve (browser workspace) -> WorkspaceServer -> Workspace -> Studies
//   tzsim (CLI) -> Studies -> ScenarioFormat, ResultsExport -> TerritoryModel
//   TerritoryModel, ReferenceModels -> SimulationCore
//                                   -> Stochastic -> CGSL -> libgsl
import PackageDescription

/// Settings applied to every Swift target, in one place.
///
/// `TZSIM_INVARIANTS` compiles in the engine's invariant checks (clock never
/// goes back, in use + free == capacity, …). It is on in debug builds (and so
/// in `swift test`) and off in release builds, where the benchmarks run.
let strictSettings: [SwiftSetting] = [
  .define("TZSIM_INVARIANTS", .when(configuration: .debug)),
  .enableUpcomingFeature("ExistentialAny"),
  .enableUpcomingFeature("InternalImportsByDefault"),
]

let package = Package(
  name: "TZSim",
  platforms: [.macOS(.v14)],
  products: [
    .library(name: "SimulationCore", targets: ["SimulationCore"]),
    .library(name: "Stochastic", targets: ["Stochastic"]),
    .library(name: "ReferenceModels", targets: ["ReferenceModels"]),
    .library(name: "TerritoryModel", targets: ["TerritoryModel"]),
    .library(name: "ScenarioFormat", targets: ["ScenarioFormat"]),
    .library(name: "ResultsExport", targets: ["ResultsExport"]),
    .library(name: "Studies", targets: ["Studies"]),
    .library(name: "Workspace", targets: ["Workspace"]),
    .library(name: "WorkspaceServer", targets: ["WorkspaceServer"]),
    .executable(name: "tzsim", targets: ["tzsim"]),
    .executable(name: "tzsim-serve", targets: ["tzsim-serve"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    .package(url: "https://github.com/swiftlang/swift-docc-plugin", from: "1.5.0"),
    .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
    // The browser workspace only (`tzsim-serve`): `tzsim` itself builds without them.
    .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
    .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
    // The workspace's route tests call the routes in process (an embedded channel, a logger):
    // no HTTP client and no TLS stack to build, as HummingbirdTesting would bring.
    .package(url: "https://github.com/apple/swift-nio", from: "2.81.0"),
    .package(url: "https://github.com/apple/swift-log", from: "1.6.0"),
  ],
  targets: [
    // The C boundary: GSL's headers and a shim. No stable API; imported by Stochastic only.
    .systemLibrary(
      name: "CGSL",
      pkgConfig: "gsl",
      providers: [.apt(["libgsl-dev"]), .brew(["gsl"])]
    ),
    .target(name: "Stochastic", dependencies: ["CGSL"]),
    .target(name: "SimulationCore"),
    .target(name: "ReferenceModels", dependencies: ["SimulationCore", "Stochastic"]),
    .target(
      name: "TerritoryModel",
      dependencies: ["SimulationCore", "Stochastic"],
      exclude: ["Data/SOURCES.md"],
      resources: [
        .embedInCode("Data/communes-tcm.csv"), .embedInCode("Data/tzcld-territories.csv"),
        .embedInCode("Data/tzcld-national-points.csv"),
      ]
    ),
    .target(
      name: "ScenarioFormat",
      dependencies: ["TerritoryModel", "SimulationCore", "Stochastic", .product(name: "Yams", package: "Yams")],
      resources: [
        .embedInCode("Embedded/troyes-2020.yaml"), .embedInCode("Embedded/starter.yaml"), .embedInCode("Embedded/modele.yaml"),
      ]
    ),
    .target(name: "ResultsExport", dependencies: ["TerritoryModel", "SimulationCore", "Stochastic"]),
    .target(name: "Studies", dependencies: ["ScenarioFormat", "ResultsExport", "TerritoryModel", "SimulationCore", "Stochastic"]),
    .executableTarget(
      name: "tzsim",
      dependencies: [
        "Studies",
        "ScenarioFormat",
        "ResultsExport",
        "TerritoryModel",
        "ReferenceModels",
        "Stochastic",
        "SimulationCore",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    .target(
      name: "Workspace",
      dependencies: [
        "Studies", "ScenarioFormat", "ResultsExport", "TerritoryModel", "Stochastic",
        .product(name: "GRDB", package: "GRDB.swift"),
        .product(name: "Yams", package: "Yams"),
      ]
    ),
    .target(
      name: "WorkspaceServer",
      dependencies: [
        "Workspace", "Studies", "ScenarioFormat", "ResultsExport", "TerritoryModel", "SimulationCore",
        .product(name: "Hummingbird", package: "hummingbird"),
      ]
    ),
    .executableTarget(
      name: "tzsim-serve",
      dependencies: ["WorkspaceServer", "Workspace", .product(name: "ArgumentParser", package: "swift-argument-parser")]
    ),
    .testTarget(
      name: "WorkspaceTests",
      dependencies: [
        "Workspace", "WorkspaceServer", "Studies", "ScenarioFormat", "TerritoryModel",
        .product(name: "Hummingbird", package: "hummingbird"),
        .product(name: "NIOCore", package: "swift-nio"),
        .product(name: "NIOEmbedded", package: "swift-nio"),
        .product(name: "Logging", package: "swift-log"),
      ]
    ),
    .testTarget(
      name: "TZSimTests",
      dependencies: [
        "SimulationCore", "Stochastic", "ReferenceModels", "TerritoryModel", "ScenarioFormat", "ResultsExport", "Studies", "tzsim",
        .product(name: "Yams", package: "Yams"),
      ]
    ),
  ]
)

for target in package.targets where target.type != .system {
  target.swiftSettings = (target.swiftSettings ?? []) + strictSettings
}
