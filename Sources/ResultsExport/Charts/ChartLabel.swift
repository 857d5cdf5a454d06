/// A piece of text placed on a chart. Its box is estimated from the text
/// (``ChartLabel/estimatedWidth(_:size:)``), generously, so that layout rules
/// (no two tick labels overlap, every label inside the picture) can be
/// checked without a browser.
public struct ChartLabel: Sendable, Equatable {
  public enum Anchor: String, Sendable { case start, middle, end }
  /// What the label is for: the layout rules differ (ticks must not overlap each other).
  public enum Role: String, Sendable { case title, xTick, yTick, axisTitle, legend, value, annotation, point }

  public let text: String
  public let x: Double
  /// The baseline.
  public let y: Double
  public let anchor: Anchor
  public let size: Double
  public let role: Role
  /// Rotated a quarter turn anticlockwise about (x, y) (the y-axis title).
  public let vertical: Bool
  public let color: String?

  public init(
    _ text: String, x: Double, y: Double, anchor: Anchor = .start, size: Double = 11, role: Role, vertical: Bool = false,
    color: String? = nil
  ) {
    self.text = text
    self.x = x
    self.y = y
    self.anchor = anchor
    self.size = size
    self.role = role
    self.vertical = vertical
    self.color = color
  }

  /// A width at least that of `text` in DejaVu Sans or Arial at `size` px.
  public static func estimatedWidth(_ text: String, size: Double) -> Double {
    var em = 0.0
    for c in text { em += emWidth(c) }
    return em * size
  }

  /// `text` as it fits in `maxWidth` px at `size` px: whole if it fits, else its
  /// longest prefix (at most two characters shorter, at least one character)
  /// followed by "…". One pass over the text, whatever its length.
  public static func shortened(_ text: String, size: Double, toWidth maxWidth: Double) -> String {
    let chars = Array(text)
    guard chars.count > 2 else { return text }
    // Prefix widths in em, summed in the order `estimatedWidth` sums them;
    // once one is too wide, every longer one is too.
    var prefixEm: [Double] = []
    var em = 0.0
    for c in chars {
      em += emWidth(c)
      prefixEm.append(em)
      if em * size > maxWidth { break }
    }
    if prefixEm.count == chars.count && em * size <= maxWidth { return text }
    let ellipsis = emWidth("…")
    let longest = min(chars.count - 2, prefixEm.count)
    let keep = (1...max(1, longest)).last { (prefixEm[$0 - 1] + ellipsis) * size <= maxWidth } ?? 1
    return String(chars[..<keep]) + "…"
  }

  /// The width of one character in em, generously.
  static func emWidth(_ c: Character) -> Double {
    switch c {
    case "i", "l", "j", "t", "f", "r", ".", ",", ":", ";", "'", "|", "!", " ", "\u{202F}", "\u{00A0}", "(", ")", "[", "]": 0.36
    case "m", "w", "M", "W", "%", "€", "—": 0.95
    case "0"..."9": 0.64
    default: c.isUppercase ? 0.74 : 0.6
    }
  }

  public var width: Double { Self.estimatedWidth(text, size: size) }

  /// The box the text may cover: (minX, minY, maxX, maxY).
  public var box: (minX: Double, minY: Double, maxX: Double, maxY: Double) {
    let w = width
    if vertical {
      let (lo, hi): (Double, Double)
      switch anchor {
      case .start: (lo, hi) = (y - w, y)
      case .middle: (lo, hi) = (y - w / 2, y + w / 2)
      case .end: (lo, hi) = (y, y + w)
      }
      return (x - size * 0.85, lo, x + size * 0.3, hi)
    }
    let x0: Double
    switch anchor {
    case .start: x0 = x
    case .middle: x0 = x - w / 2
    case .end: x0 = x - w
    }
    return (x0, y - size * 0.85, x0 + w, y + size * 0.3)
  }

  /// Whether two labels' boxes meet (with `gap` pixels kept between them).
  public func overlaps(_ other: ChartLabel, gap: Double = 2) -> Bool {
    let a = box
    let b = other.box
    return a.minX < b.maxX + gap && b.minX < a.maxX + gap && a.minY < b.maxY && b.minY < a.maxY
  }

  var svg: String {
    let anchorText = anchor == .start ? "" : " text-anchor=\"\(anchor.rawValue)\""
    let fill = color.map { " fill=\"\($0)\"" } ?? ""
    let rotate = vertical ? " transform=\"rotate(-90 \(Chart.f(x)) \(Chart.f(y)))\"" : ""
    return
      "<text x=\"\(Chart.f(x))\" y=\"\(Chart.f(y))\" font-size=\"\(Chart.f(size))\"\(anchorText)\(fill)\(rotate) class=\"\(role.rawValue)\">\(Chart.esc(text))</text>"
  }
}
