import CGSL

/// One-time set-up of the GSL runtime, shared by every stream.
///
/// GSL's default error handler aborts the process. TZSim turns it off before
/// the first GSL call and checks every status and pointer GSL returns instead.
enum GSLRuntime {
  /// Evaluated once, thread-safely, on first use (Swift globals and static
  /// lets are lazily initialised with `swift_once`).
  static let ready: Void = { tzsim_gsl_disable_abort() }()

  /// The version of the GSL library linked at run time, e.g. `"2.7.1"`.
  static var version: String { String(cString: tzsim_gsl_version()) }
}

/// The version of the GNU Scientific Library TZSim is linked against.
public var gslVersion: String { GSLRuntime.version }
