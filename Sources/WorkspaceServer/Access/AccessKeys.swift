import Foundation
import Synchronization

/// The workspace's secrets, made at start and kept in memory only: the
/// start-up token a planner types once, the sessions it opened, and the CSRF
/// token each form carries.
///
/// ```swift
/// let keys = AccessKeys()
/// let session = keys.openSession(token: keys.token)!   // the cookie's value
/// keys.csrf(session: session) != nil                    // its forms' token
/// ```
public final class AccessKeys: Sendable {
  /// The token printed at start (`?jeton=…`), exchanged for a session.
  public let token: String
  /// The forms' token when no session is needed (loopback).
  package let openCSRF: String
  /// Session id → its forms' token.
  private let sessions = Mutex<[String: String]>([:])
  /// Sessions kept at most (beyond, one of them is forgotten: its holder signs in again).
  static let maxSessions = 1_000

  public init(token: String? = nil) {
    self.token = token ?? Self.random()
    self.openCSRF = Self.random()
  }

  /// 32 random bytes from the system's generator, in hexadecimal.
  static func random() -> String {
    var g = SystemRandomNumberGenerator()
    return (0..<4).map { _ in String(format: "%016llx", g.next() as UInt64) }.joined()
  }

  /// A new session when `token` is the start-up token; its id, or nil.
  public func openSession(token candidate: String) -> String? {
    guard Self.same(candidate, token) else { return nil }
    let id = Self.random()
    let csrf = Self.random()
    sessions.withLock { s in
      if s.count >= Self.maxSessions, let any = s.keys.first { s[any] = nil }
      s[id] = csrf
    }
    return id
  }

  /// The CSRF token of session `id`, or nil when there is no such session.
  public func csrf(session id: String) -> String? {
    sessions.withLock { $0[id] }
  }

  /// Forgets session `id` (« Se déconnecter »).
  public func closeSession(_ id: String) { _ = sessions.withLock { $0.removeValue(forKey: id) } }

  /// Whether two secrets are equal, in a time that does not depend on where they differ.
  static func same(_ a: String, _ b: String) -> Bool {
    let x = Array(a.utf8)
    let y = Array(b.utf8)
    guard x.count == y.count else { return false }
    var diff: UInt8 = 0
    for i in x.indices { diff |= x[i] ^ y[i] }
    return diff == 0
  }
}
