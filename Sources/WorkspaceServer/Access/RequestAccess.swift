/// What the page being made must know of the request's access, set by
/// ``GuardMiddleware`` for the time of one request: the CSRF token its forms
/// carry, and whether the workspace is shared (pages then offer to sign out).
enum RequestAccess {
  @TaskLocal static var csrf = ""
  @TaskLocal static var shared = false
}
