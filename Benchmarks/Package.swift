// swift-tools-version: 6.1
//
// The engine's benchmarks, in a package of their own so that the main build
// and CI never compile the benchmark framework. Run from this folder:
//   swift package benchmark
// The root package is named in `.package(name:path:)` so that a clone in a
// folder of any name resolves.
import PackageDescription

let package = Package(
  name: "TZSimBenchmarks",
  platforms: [.macOS(.v14)],
  dependencies: [
    .package(name: "TZSim", path: ".."),
    .package(url: "https://github.com/ordo-one/benchmark", from: "1.38.1", traits: ["MallocInterposer"]),
    // Only to measure the calendar against swift-collections' min-max heap.
    .package(url: "https://github.com/apple/swift-collections", from: "1.6.0"),
  ],
  targets: [
    .executableTarget(
      name: "EngineBenchmarks",
      dependencies: [
        .product(name: "Benchmark", package: "benchmark"),
        .product(name: "SimulationCore", package: "TZSim"),
        .product(name: "Stochastic", package: "TZSim"),
        .product(name: "ReferenceModels", package: "TZSim"),
        .product(name: "TerritoryModel", package: "TZSim"),
        .product(name: "ScenarioFormat", package: "TZSim"),
        .product(name: "HeapModule", package: "swift-collections"),
      ],
      path: "Benchmarks/EngineBenchmarks",
      plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
    )
  ]
)
