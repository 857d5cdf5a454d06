// swift-tools-version: 6.1
//
// TZSim's checks that need a release build's speed: the statistical proofs
// (claims held against queueing theory, calibration coverage and pairing,
// with tolerances from standard errors) and the structure-aware fuzzing of the
// shipped scenarios (thousands of variants, each refused or run to the end).
// A package of its own, so that it builds the model's libraries only (not the
// workspace's web stack). Run from the repository's root (CI does):
//   swift test -c release --disable-xctest --package-path ReleaseTests
// The fixtures it shares with the main suite are links into Tests/TZSimTests
// (Tests/ReleaseTests/Shared).
import PackageDescription

let package = Package(
  name: "TZSimReleaseTests",
  platforms: [.macOS(.v14)],
  dependencies: [
    .package(name: "TZSim", path: ".."),
    .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
  ],
  targets: [
    .testTarget(
      name: "ReleaseTests",
      dependencies: [
        .product(name: "SimulationCore", package: "TZSim"),
        .product(name: "Stochastic", package: "TZSim"),
        .product(name: "ReferenceModels", package: "TZSim"),
        .product(name: "TerritoryModel", package: "TZSim"),
        .product(name: "ScenarioFormat", package: "TZSim"),
        .product(name: "ResultsExport", package: "TZSim"),
        .product(name: "Studies", package: "TZSim"),
        .product(name: "Yams", package: "Yams"),
      ],
      swiftSettings: [.enableUpcomingFeature("ExistentialAny"), .enableUpcomingFeature("InternalImportsByDefault")]
    )
  ]
)
