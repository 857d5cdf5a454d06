/// Why the workspace refused a request, in French for the planner, with the
/// kind of refusal (which the server turns into an HTTP status).
public struct WorkspaceProblem: Error, Equatable, Sendable, CustomStringConvertible {
  public enum Kind: Sendable, Equatable {
    /// The name or path is not one the workspace serves (404).
    case notFound
    /// The request cannot be carried out as it stands (422): a bad value, a
    /// scenario the form cannot express.
    case invalid
    /// Someone else changed the file since it was read (409).
    case stale
    /// Too many runs are already waiting (429).
    case busy
    /// Outside the workspace, or a file TZSim must not touch (403).
    case forbidden
  }

  public let kind: Kind
  public let message: String

  public init(_ kind: Kind, _ message: String) {
    self.kind = kind
    self.message = message
  }

  public var description: String { message }
}
