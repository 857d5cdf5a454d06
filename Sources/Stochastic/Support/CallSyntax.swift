/// The textual form shared by every distribution: `name(label: value, …)`, where a
/// value is a number or a bracketed list of numbers, e.g.
/// `lognormal(mean: 45, sd: 20)`, `empirical(values: [30, 45, 60])`,
/// `categorical(autonomous: 0.4, workshops: 0.35, reinforced: 0.25)`.
///
/// Labels are required; blanks are free; numbers use a decimal point.
struct CallSyntax: Equatable {
  enum Value: Equatable {
    case number(Double)
    case list([Double])
  }

  struct Argument: Equatable {
    var label: String
    var value: Value
    /// Offset of the label in the text.
    var offset: Int
  }

  var name: String
  var arguments: [Argument]

  /// Reads `text`; errors carry the character offset of the problem.
  init(parsing text: String) throws(DistributionError) {
    var reader = Reader(Array(text))
    reader.skipBlanks()
    name = reader.identifier()
    guard !name.isEmpty else {
      throw DistributionError("expected a distribution name such as `exponential(mean: 2)`, found \(reader.found)", offset: reader.position)
    }
    reader.skipBlanks()
    try reader.expect("(", after: "`\(name)`")
    arguments = []
    reader.skipBlanks()
    if !reader.consume(")") {
      repeat {
        reader.skipBlanks()
        let at = reader.position
        let label = reader.identifier()
        guard !label.isEmpty else {
          throw DistributionError("\(name): expected a parameter name followed by `:`, found \(reader.found)", offset: at)
        }
        reader.skipBlanks()
        try reader.expect(":", after: "`\(label)`")
        reader.skipBlanks()
        let value: Value
        if reader.consume("[") {
          var items: [Double] = []
          reader.skipBlanks()
          if !reader.consume("]") {
            repeat {
              reader.skipBlanks()
              items.append(try reader.number(for: "\(name): \(label)"))
              reader.skipBlanks()
            } while reader.consume(",")
            try reader.expect("]", after: "the list of `\(label)`")
          }
          value = .list(items)
        } else {
          value = .number(try reader.number(for: "\(name): \(label)"))
        }
        if arguments.contains(where: { $0.label == label }) {
          throw DistributionError("\(name): parameter `\(label)` is given twice", offset: at)
        }
        arguments.append(Argument(label: label, value: value, offset: at))
        reader.skipBlanks()
      } while reader.consume(",")
      try reader.expect(")", after: "the parameters of `\(name)`")
    }
    reader.skipBlanks()
    guard reader.atEnd else {
      throw DistributionError("unexpected text after `)`: \(reader.found)", offset: reader.position)
    }
  }

  /// The labels in order, for matching against a family's parametrisations.
  var labels: [String] { arguments.map(\.label) }

  func number(_ label: String) throws(DistributionError) -> Double {
    guard let argument = arguments.first(where: { $0.label == label }) else {
      throw DistributionError("\(name): missing parameter `\(label)`")
    }
    guard case .number(let x) = argument.value else {
      throw DistributionError("\(name): `\(label)` must be a single number, found a list", offset: argument.offset)
    }
    return x
  }

  func list(_ label: String) throws(DistributionError) -> [Double] {
    guard let argument = arguments.first(where: { $0.label == label }) else {
      throw DistributionError("\(name): missing parameter `\(label)`")
    }
    switch argument.value {
    case .list(let xs): return xs
    case .number(let x): return [x]
    }
  }

  struct Reader {
    let chars: [Character]
    var position = 0

    init(_ chars: [Character]) { self.chars = chars }

    var atEnd: Bool { position >= chars.count }

    /// A short quotation of what stands at the reading position.
    var found: String {
      atEnd ? "the end of the text" : "`\(String(chars[position..<min(chars.count, position + 12)]))`"
    }

    mutating func skipBlanks() {
      while !atEnd, chars[position] == " " || chars[position] == "\t" { position += 1 }
    }

    mutating func consume(_ c: Character) -> Bool {
      guard !atEnd, chars[position] == c else { return false }
      position += 1
      return true
    }

    mutating func expect(_ c: Character, after context: String) throws(DistributionError) {
      guard consume(c) else {
        throw DistributionError("expected `\(c)` after \(context), found \(found)", offset: position)
      }
    }

    mutating func identifier() -> String {
      let start = position
      while !atEnd,
        chars[position].isLetter || chars[position] == "_"
          || (position > start && chars[position].isNumber)
      {
        position += 1
      }
      return String(chars[start..<position])
    }

    mutating func number(for context: String) throws(DistributionError) -> Double {
      let start = position
      while !atEnd, chars[position].isNumber || "+-.eE".contains(chars[position]) { position += 1 }
      let text = String(chars[start..<position])
      guard !text.isEmpty, let x = Double(text), x.isFinite else {
        position = start
        throw DistributionError("\(context) must be a number, found \(text.isEmpty ? found : "`\(text)`")", offset: start)
      }
      return x
    }
  }
}

/// Formats a number the shortest way that reads back to the same `Double`,
/// without a trailing `.0`: `45`, `0.25`, `1e-09`.
func format(_ x: Double) -> String {
  if x.isNaN { return "NaN" }
  if x.isInfinite { return x > 0 ? "infinity" : "-infinity" }
  if x == x.rounded(), abs(x) < 1e15 { return String(Int64(x)) }
  return "\(x)"
}
