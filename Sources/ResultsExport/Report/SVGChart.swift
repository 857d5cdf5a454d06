import Foundation

/// Self-contained SVG charts (no script, no external file): lines with
/// confidence bands, and horizontal bars with intervals.
public enum SVGChart {
  public struct Series: Sendable {
    public let name: String
    public let color: String
    public let mean: [Double]
    public let low: [Double]
    public let high: [Double]
    public init(name: String, color: String, mean: [Double], low: [Double], high: [Double]) {
      self.name = name
      self.color = color
      self.mean = mean
      self.low = low
      self.high = high
    }
  }

  static let width = 720.0
  static let height = 300.0
  static let left = 70.0
  static let right = 20.0
  static let top = 30.0
  static let bottom = 50.0

  /// Lines over months, each with its band (p10–p90), and an optional target line.
  public static func lines(
    id: String, title: String, yLabel: String, xLabels: [String], series: [Series],
    target: (value: Double, label: String)? = nil
  ) -> String {
    let all = series.flatMap { $0.high + $0.mean } + (target.map { [$0.value] } ?? [])
    let maxY = niceMax(all.filter(\.isFinite).max() ?? 1)
    let n = max(xLabels.count, 1)
    let plotW = width - left - right
    let plotH = height - top - bottom
    func x(_ i: Int) -> Double { left + (n == 1 ? plotW / 2 : plotW * Double(i) / Double(n - 1)) }
    func y(_ v: Double) -> Double { top + plotH * (1 - (v.isFinite ? max(0, v) : 0) / maxY) }
    var svg = header(id: id, title: title)
    svg += axes(maxY: maxY, yLabel: yLabel, plotH: plotH)
    let step = max(1, n / 12)
    for i in stride(from: 0, to: n, by: step) {
      svg += "<text x=\"\(f(x(i)))\" y=\"\(f(height - bottom + 18))\" font-size=\"11\" text-anchor=\"middle\">\(esc(xLabels[i]))</text>"
    }
    for s in series {
      // Months without a value (no observation in any replication) break the line and the band.
      for run in runs(of: s.mean) {
        let upper = run.map { "\(f(x($0))),\(f(y(s.high[$0])))" }
        let lower = run.reversed().map { "\(f(x($0))),\(f(y(s.low[$0])))" }
        svg +=
          "<polygon class=\"band\" points=\"\((upper + lower).joined(separator: " "))\" fill=\"\(s.color)\" fill-opacity=\"0.18\" stroke=\"none\"/>"
        let line = run.map { "\(f(x($0))),\(f(y(s.mean[$0])))" }
        svg += "<polyline class=\"mean\" points=\"\(line.joined(separator: " "))\" fill=\"none\" stroke=\"\(s.color)\" stroke-width=\"2\"/>"
      }
    }
    if let target {
      svg +=
        "<line x1=\"\(f(left))\" x2=\"\(f(width - right))\" y1=\"\(f(y(target.value)))\" y2=\"\(f(y(target.value)))\" stroke=\"#b00020\" stroke-dasharray=\"6 4\"/>"
      svg +=
        "<text x=\"\(f(width - right - 4))\" y=\"\(f(y(target.value) - 6))\" font-size=\"12\" fill=\"#b00020\" text-anchor=\"end\">\(esc(target.label))</text>"
    }
    svg += legend(series.map { ($0.name, $0.color) })
    return svg + "</svg>"
  }

  /// Horizontal bars with a 95 % interval each.
  public static func bars(
    id: String, title: String, xLabel: String, items: [(label: String, mean: Double, low: Double, high: Double)],
    color: String = "#1f5fa6", percent: Bool = false
  ) -> String {
    let rowH = 26.0
    let h = top + bottom + rowH * Double(max(items.count, 1))
    let maxX = niceMax(items.map(\.high).filter(\.isFinite).max() ?? 1)
    let barLeft = 190.0
    let plotW = width - barLeft - right - 50
    func x(_ v: Double) -> Double { barLeft + plotW * (v.isFinite ? max(0, v) : 0) / maxX }
    var svg =
      "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" id=\"\(id)\" role=\"img\" viewBox=\"0 0 \(f(width)) \(f(h))\" width=\"\(f(width))\" height=\"\(f(h))\">"
    svg += "<title>\(esc(title))</title>"
    svg += "<text x=\"\(f(barLeft))\" y=\"\(f(h - 12))\" font-size=\"12\">\(esc(xLabel))</text>"
    for (i, item) in items.enumerated() {
      let yy = top + rowH * Double(i)
      svg += "<text x=\"\(f(barLeft - 8))\" y=\"\(f(yy + 16))\" font-size=\"12\" text-anchor=\"end\">\(esc(item.label))</text>"
      svg += "<rect x=\"\(f(barLeft))\" y=\"\(f(yy + 4))\" width=\"\(f(x(item.mean) - barLeft))\" height=\"16\" fill=\"\(color)\"/>"
      svg +=
        "<line x1=\"\(f(x(item.low)))\" x2=\"\(f(x(item.high)))\" y1=\"\(f(yy + 12))\" y2=\"\(f(yy + 12))\" stroke=\"#222\" stroke-width=\"1.5\"/>"
      let text = percent ? NumberText.report(item.mean * 100, digits: 0) + " %" : NumberText.report(item.mean, digits: 1)
      svg += "<text x=\"\(f(x(item.high) + 6))\" y=\"\(f(yy + 16))\" font-size=\"11\">\(esc(text))</text>"
    }
    return svg + "</svg>"
  }

  /// The runs of consecutive indices whose value is finite.
  static func runs(of values: [Double]) -> [[Int]] {
    var out: [[Int]] = []
    var current: [Int] = []
    for (i, v) in values.enumerated() {
      if v.isFinite {
        current.append(i)
      } else if !current.isEmpty {
        out.append(current)
        current = []
      }
    }
    if !current.isEmpty { out.append(current) }
    return out
  }

  static func header(id: String, title: String) -> String {
    "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" id=\"\(id)\" role=\"img\" viewBox=\"0 0 \(f(width)) \(f(height))\" width=\"\(f(width))\" height=\"\(f(height))\"><title>\(esc(title))</title>"
  }

  static func axes(maxY: Double, yLabel: String, plotH: Double) -> String {
    var s = ""
    for k in 0...4 {
      let v = maxY * Double(k) / 4
      let yy = top + plotH * (1 - Double(k) / 4)
      s += "<line x1=\"\(f(left))\" x2=\"\(f(width - right))\" y1=\"\(f(yy))\" y2=\"\(f(yy))\" stroke=\"#ddd\"/>"
      s +=
        "<text x=\"\(f(left - 6))\" y=\"\(f(yy + 4))\" font-size=\"11\" text-anchor=\"end\">\(esc(NumberText.report(v, digits: v < 10 && v != v.rounded() ? 1 : 0)))</text>"
    }
    s +=
      "<text x=\"14\" y=\"\(f(top + plotH / 2))\" font-size=\"12\" transform=\"rotate(-90 14 \(f(top + plotH / 2)))\" text-anchor=\"middle\">\(esc(yLabel))</text>"
    return s
  }

  static func legend(_ items: [(String, String)]) -> String {
    var s = ""
    var x = left
    for (name, color) in items {
      s += "<rect x=\"\(f(x))\" y=\"8\" width=\"12\" height=\"12\" fill=\"\(color)\"/>"
      s += "<text x=\"\(f(x + 16))\" y=\"18\" font-size=\"12\">\(esc(name))</text>"
      x += 30 + Double(name.count) * 7
    }
    return s
  }

  /// 1, 2, 4 or 8 × 10ⁿ at or above `v`: a top whose quarters are round.
  static func niceMax(_ v: Double) -> Double {
    guard v > 0 else { return 1 }
    var p = 1.0
    while p * 10 <= v { p *= 10 }
    while p > v { p /= 10 }
    for m in [1.0, 2, 4, 8, 10] where m * p >= v { return m * p }
    return 10 * p
  }

  static func f(_ x: Double) -> String { NumberText.plain((x * 10).rounded() / 10) }

  static func esc(_ s: String) -> String {
    s.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;").replacingOccurrences(of: ">", with: "&gt;")
      .replacingOccurrences(of: "\"", with: "&quot;")
  }
}
