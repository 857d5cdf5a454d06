/// A chart drawn for the report: SVG shapes, placed labels, and the data it
/// shows as CSV (so that it can be redrawn or checked in a spreadsheet).
///
/// The SVG is self-contained (no script, no external file, fonts named with
/// fallbacks) so that it can be inserted as is in Word or LibreOffice.
public struct Chart: Sendable {
  public let id: String
  public let title: String
  public let width: Double
  public let height: Double
  var shapes: [String] = []
  public private(set) var labels: [ChartLabel] = []
  /// The data drawn, as CSV rows (the first is the header).
  public var data: [[String]] = []

  init(id: String, title: String, width: Double, height: Double) {
    self.id = id
    self.title = title
    self.width = width
    self.height = height
  }

  mutating func shape(_ s: String) { shapes.append(s) }
  mutating func label(_ l: ChartLabel) { labels.append(l) }

  /// The chart as an SVG element (or file).
  public var svg: String {
    var s =
      "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" id=\"\(Chart.esc(id))\" role=\"img\" viewBox=\"0 0 \(Chart.f(width)) \(Chart.f(height))\" width=\"\(Chart.f(width))\" height=\"\(Chart.f(height))\" font-family=\"DejaVu Sans, Arial, Helvetica, sans-serif\">"
    s += "<title>\(Chart.esc(title))</title>"
    s += "<rect x=\"0\" y=\"0\" width=\"\(Chart.f(width))\" height=\"\(Chart.f(height))\" fill=\"#fff\"/>"
    s += shapes.joined()
    s += labels.map(\.svg).joined()
    return s + "</svg>"
  }

  /// The chart's data as CSV: a header row, then rows whose first cell names
  /// the point (a month, a place, an option) and whose other cells are numbers.
  public func csv(flavour: CSVFlavour) -> String {
    var out = flavour.bom
    for (r, row) in data.enumerated() {
      let cells = row.enumerated().map { c, cell in
        r > 0 && c > 0 ? (flavour == .frenchExcel ? cell.replacingOccurrences(of: ".", with: ",") : cell) : flavour.field(cell)
      }
      out += flavour.row(cells)
    }
    return out
  }

  /// Problems with the layout: a label outside the picture, or two labels that overlap.
  public var layoutProblems: [String] {
    var out: [String] = []
    for l in labels {
      let b = l.box
      if b.minX < 0 || b.maxX > width || b.minY < 0 || b.maxY > height {
        out.append("\(id): `\(l.text)` (\(l.role.rawValue)) leaves the picture")
      }
    }
    for (i, a) in labels.enumerated() {
      for b in labels[(i + 1)...] where a.overlaps(b, gap: a.role == b.role ? 2 : 0) {
        out.append("\(id): `\(a.text)` and `\(b.text)` overlap")
      }
    }
    return out
  }

  static func f(_ x: Double) -> String { NumberText.plain((x * 10).rounded() / 10) }

  static func esc(_ s: String) -> String { HTMLText.escape(s) }

  /// A top at or above `v` whose quarters are round numbers (1, 1.2, 1.6, 2, 2.4, 4, 6, 8 × 10ⁿ).
  static func niceMax(_ v: Double) -> Double {
    guard v > 0, v.isFinite else { return 1 }
    var p = 1.0
    while p * 10 <= v { p *= 10 }
    while p > v { p /= 10 }
    for m in [1.0, 1.2, 1.6, 2, 2.4, 4, 6, 8, 10] where m * p >= v { return m * p }
    return 10 * p
  }
}
