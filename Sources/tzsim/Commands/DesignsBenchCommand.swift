import ArgumentParser
import Foundation
import Studies

/// `tzsim bench designs`: which outer design converges faster here — the
/// Sobol sequence TZSim uses, a Latin hypercube, or independent draws —
/// measured as the root mean squared error of a mean and of a total index
/// over randomised repeats, on three outputs like the model's (a smooth
/// headline figure, an objective met or missed, the Ishigami function).
struct DesignsBenchCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "designs",
    abstract: "Sobol against Latin hypercube and independent draws: the error of a mean and of a total index at N points.",
    discussion: "One JSON line per output, design and size. Example:\n  tzsim bench designs --repeats 100")

  @Option(help: "Randomised repeats of each design (the RMSE's precision grows as their square root).")
  var repeats: Int = 100

  @Option(parsing: .upToNextOption, help: "Base points N of the designs.")
  var points: [Int] = [32, 128, 512]

  func validate() throws {
    guard (2...100_000).contains(repeats) else { throw ValidationError("--repeats must be between 2 and 100000, got \(repeats)") }
    guard !points.isEmpty, points.allSatisfy({ (2...65_536).contains($0) }) else {
      throw ValidationError("--points must be between 2 and 65536")
    }
  }

  func run() throws {
    let start = DispatchTime.now().uptimeNanoseconds
    let c = DesignConvergence(sizes: points, repeats: repeats)
    let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    for r in c.rows {
      print(
        "{\"bench\": \"designs\", \"output\": \"\(r.output)\", \"design\": \"\(r.method.rawValue)\", \"points\": \(r.points), \"repeats\": \(repeats), \"mean_rmse\": \(String(format: "%.3g", r.meanError)), \"total_index_rmse\": \(String(format: "%.3g", r.totalIndexError))}"
      )
    }
    print("{\"bench\": \"designs\", \"seconds\": \(String(format: "%.2f", seconds))}")
  }
}
