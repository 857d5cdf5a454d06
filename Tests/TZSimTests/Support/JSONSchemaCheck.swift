import Foundation
import Yams

/// A small JSON Schema checker for the subset `tzsim-scenario.schema.json`
/// uses: type, properties, required, additionalProperties, propertyNames,
/// items, minItems, enum, const, pattern, minimum, maximum, exclusiveMinimum, exclusiveMaximum, oneOf.
struct JSONSchemaCheck {
  let schema: [String: Any]

  init(data: Data) throws {
    schema = try JSONSerialization.jsonObject(with: data) as! [String: Any]
  }

  /// A YAML node as JSON-like values (plain scalars resolved as YAML 1.2 core: null, booleans, numbers).
  static func value(of node: Node) -> Any {
    switch node {
    case .scalar(let s):
      if s.style != .plain { return s.string }
      switch s.string {
      case "", "~", "null": return NSNull()
      case "true": return true
      case "false": return false
      default:
        if let i = Int(s.string) { return i }
        if let d = Double(s.string) { return d }
        return s.string
      }
    case .mapping(let m): return Dictionary(m.map { ($0.key.scalar?.string ?? "", value(of: $0.value)) }, uniquingKeysWith: { a, _ in a })
    case .sequence(let q): return q.map(value(of:))
    case .alias: return NSNull()
    }
  }

  func validate(_ value: Any) -> [String] { check(value, schema, "$") }

  /// The `properties` names of the object schema reached by `path` (`*` steps into `items`).
  func propertyNames(at path: [String]) -> Set<String> {
    // A `oneOf` is read as the union of its alternatives (a law is one key's or several keys').
    func alternatives(_ s: [String: Any]) -> [[String: Any]] { (s["oneOf"] as? [[String: Any]]) ?? [s] }
    var s = schema
    for step in path {
      if step == "*" {
        s = s["items"] as! [String: Any]
      } else {
        s = alternatives(s).compactMap { ($0["properties"] as? [String: Any])?[step] as? [String: Any] }.first!
      }
    }
    return Set(alternatives(s).flatMap { ($0["properties"] as? [String: Any])?.keys.map { $0 } ?? [] })
  }

  func check(_ v: Any, _ s: [String: Any], _ at: String) -> [String] {
    var errors: [String] = []
    if let options = s["oneOf"] as? [[String: Any]] {
      let passing = options.filter { check(v, $0, at).isEmpty }.count
      if passing != 1 { errors.append("\(at): matches \(passing) of oneOf") }
      return errors
    }
    if let c = s["const"] { if "\(c)" != "\(v)" { errors.append("\(at): expected \(c)") } }
    if let e = s["enum"] as? [Any], !e.contains(where: { "\($0)" == "\(v)" }) { errors.append("\(at): \(v) not in enum") }
    if let type = s["type"] as? String {
      let ok: Bool
      switch type {
      case "object": ok = v is [String: Any]
      case "array": ok = v is [Any]
      case "string": ok = v is String
      case "integer": ok = v is Int
      case "number": ok = v is Int || v is Double
      case "null": ok = v is NSNull
      case "boolean": ok = v is Bool
      default: ok = false
      }
      if !ok { return ["\(at): expected \(type), found \(v)"] }
    }
    if let x = (v as? Int).map(Double.init) ?? (v as? Double) {
      if let lo = s["minimum"] as? Double, x < lo { errors.append("\(at): \(x) < \(lo)") }
      if let hi = s["maximum"] as? Double, x > hi { errors.append("\(at): \(x) > \(hi)") }
      if let lo = s["exclusiveMinimum"] as? Double, x <= lo { errors.append("\(at): \(x) ≤ \(lo)") }
      if let hi = s["exclusiveMaximum"] as? Double, x >= hi { errors.append("\(at): \(x) ≥ \(hi)") }
    }
    if let str = v as? String, let p = s["pattern"] as? String, str.range(of: p, options: .regularExpression) == nil {
      errors.append("\(at): `\(str)` does not match \(p)")
    }
    if let arr = v as? [Any] {
      if let min = s["minItems"] as? Int, arr.count < min { errors.append("\(at): fewer than \(min) items") }
      if let items = s["items"] as? [String: Any] {
        for (i, x) in arr.enumerated() { errors += check(x, items, "\(at)[\(i)]") }
      }
    }
    if let obj = v as? [String: Any] {
      let props = s["properties"] as? [String: Any] ?? [:]
      for r in s["required"] as? [String] ?? [] where obj[r] == nil { errors.append("\(at): missing \(r)") }
      for (k, x) in obj {
        if let names = s["propertyNames"] as? [String: Any], let p = names["pattern"] as? String,
          k.range(of: p, options: .regularExpression) == nil
        {
          errors.append("\(at): key \(k) does not match \(p)")
        }
        if let ps = props[k] as? [String: Any] {
          errors += check(x, ps, "\(at).\(k)")
        } else if let extra = s["additionalProperties"] as? [String: Any] {
          errors += check(x, extra, "\(at).\(k)")
        } else if let allowed = s["additionalProperties"] as? Bool, !allowed {
          errors.append("\(at): unknown key \(k)")
        }
      }
    }
    return errors
  }
}
