import Foundation
import ResultsExport
import Testing

/// The report's figures: the fast rounding writes what `%.*f` writes.
@Suite("NumberText: fixed decimals as printf writes them")
struct NumberTextFixedTests {
  @Test("Random values, halves, near-halves and large values, 0 to 3 decimals")
  func matchesPrintf() {
    var values: [Double] = [0, 0.5, 1.5, 2.5, 0.125, 0.375, 1.005, 2.675, 1e14, 123_456.785, 9.995, 0.045, 4443.5, 1e-9]
    var state: UInt64 = 0x9E37_79B9_7F4A_7C15
    for _ in 0..<20_000 {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      let u = Double(state >> 11) / Double(1 << 53)
      values.append(u * pow(10, Double(state % 9)))
      values.append((u * 20_000).rounded() / 8)  // exact halves and quarters
    }
    for x in values {
      for d in 0...3 {
        #expect(NumberText.fixed(x, digits: d) == String(format: "%.\(d)f", locale: Locale(identifier: "en_US_POSIX"), x), "\(x) \(d)")
      }
    }
  }
}
