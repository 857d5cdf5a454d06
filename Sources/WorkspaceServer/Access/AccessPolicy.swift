import Foundation

/// Who may use a workspace: the names a request may give as its host, and
/// whether a secret is required.
///
/// - The **host allow-list** is always checked: the machine's own names and
///   addresses with the server's port, plus the names given with
///   `--allowed-host` (a reverse proxy's public name). A web page reaching the
///   server through a DNS name of its own (DNS rebinding) names another host
///   and is refused, whatever it sends.
/// - A **secret** is required when the server listens beyond loopback or is
///   published through a proxy (`--allowed-host`): the token printed at start
///   is exchanged for a session cookie (`HttpOnly`, `SameSite=Strict`).
/// - Every form carries a **CSRF token**, whatever the bind (``AccessKeys``).
///
/// ```swift
/// let policy = AccessPolicy.loopback(port: 8080)
/// policy.hostProblem("127.0.0.1:8080")      // nil: accepted
/// policy.hostProblem("evil.example:8080")   // the French reason of the refusal
/// ```
public struct AccessPolicy: Sendable {
  /// The port the server listens on.
  public let port: Int
  /// The accepted values of a request's host (`name:port`, lower-case).
  public let allowedAuthorities: Set<String>
  /// Whether a session (from the start-up token) is needed for every page.
  public let requiresLogin: Bool
  /// Whether the session cookie is marked `Secure` (served through HTTPS by a proxy).
  public let secureCookie: Bool

  public init(port: Int, ownNames: [String], allowedHosts: [String], requiresLogin: Bool, secureCookie: Bool) {
    self.port = port
    var authorities = Set<String>()
    for name in ownNames.map(Self.bracketed) {
      authorities.insert("\(name):\(port)")
      if port == 80 { authorities.insert(name) }
    }
    for entry in allowedHosts.map({ $0.lowercased() }) {
      authorities.insert(entry)
      // A proxy's public name comes without a port (80 or 443), or with the server's.
      if !Self.hasPort(entry) { authorities.insert("\(entry):\(port)") }
    }
    self.allowedAuthorities = authorities
    self.requiresLogin = requiresLogin
    self.secureCookie = secureCookie
  }

  /// The names of loopback: the only ones accepted when the server listens there.
  public static let loopbackNames = ["127.0.0.1", "localhost", "::1"]

  /// A server on loopback, reached by this machine only: no secret.
  public static func loopback(port: Int) -> AccessPolicy {
    AccessPolicy(port: port, ownNames: loopbackNames, allowedHosts: [], requiresLogin: false, secureCookie: false)
  }

  /// The policy of a server listening on `host`: loopback names always; the
  /// machine's names and addresses when it listens beyond loopback; a secret
  /// whenever it can be reached from elsewhere.
  public static func serving(host: String, port: Int, allowedHosts: [String], secureCookie: Bool) -> AccessPolicy {
    let loopback = isLoopback(host)
    var names = loopbackNames
    if !loopback {
      if host != "0.0.0.0" && host != "::" { names.append(host) }
      names += machineNamesAndAddresses()
    }
    return AccessPolicy(
      port: port, ownNames: names, allowedHosts: allowedHosts, requiresLogin: !loopback || !allowedHosts.isEmpty,
      secureCookie: secureCookie)
  }

  /// Whether `host` is a loopback address or name.
  public static func isLoopback(_ host: String) -> Bool {
    host == "localhost" || host == "::1" || host.hasPrefix("127.")
  }

  /// Why a request naming `authority` as its host is refused, or nil.
  public func hostProblem(_ authority: String?) -> String? {
    guard let authority, !authority.isEmpty else { return "la requête ne dit pas à quelle adresse elle s'adresse" }
    if allowedAuthorities.contains(authority.lowercased()) { return nil }
    return "l'adresse « \(authority.prefix(100)) » n'est pas celle de cet espace de travail"
      + (requiresLogin ? "" : " : ouvrez http://127.0.0.1:\(port)/")
  }

  /// Why a form posted from `origin` to `authority` is refused, or nil: it
  /// must come from the same site (HTTP, or HTTPS through a proxy).
  public static func originProblem(_ origin: String?, authority: String?) -> String? {
    guard let origin else { return nil }
    guard let authority,
      ["http://", "https://"].contains(where: { origin.lowercased() == $0 + authority.lowercased() })
    else { return "un formulaire venu d'un autre site (\(origin.prefix(100))) ne peut rien changer ici" }
    return nil
  }

  // MARK: Names

  static func bracketed(_ name: String) -> String {
    let n = name.lowercased()
    return n.contains(":") && !n.hasPrefix("[") ? "[\(n)]" : n
  }

  /// Whether `host:port` or `[v6]:port` names a port.
  static func hasPort(_ authority: String) -> Bool {
    let afterName = authority.hasPrefix("[") ? authority.split(separator: "]", maxSplits: 1).dropFirst().first ?? "" : Substring(authority)
    guard let colon = afterName.lastIndex(of: ":") else { return false }
    return Int(afterName[afterName.index(after: colon)...]) != nil
  }

  /// This machine's host names and interface addresses.
  static func machineNamesAndAddresses() -> [String] {
    var out = [ProcessInfo.processInfo.hostName]
    out += Host.current().names
    out += Host.current().addresses.map { $0.split(separator: "%").first.map(String.init) ?? $0 }
    return Array(Set(out.filter { !$0.isEmpty })).sorted()
  }
}
