import Foundation
import Testing

/// Where the statistical proofs run: they simulate hundreds of thousands of
/// customers or thousands of replications, which a debug build (no
/// optimisation, invariant checks on) takes minutes to do and a release build
/// seconds. They keep their tolerances from standard errors and run in this
/// package's release build (`swift test -c release --disable-xctest
/// --package-path ReleaseTests`, a CI step); a debug build of it skips them, with
/// this reason, unless `TZSIM_PROOFS=1`.
enum Proofs {
  static var enabled: Bool {
    !_isDebugAssertConfiguration() || ProcessInfo.processInfo.environment["TZSIM_PROOFS"] == "1"
  }
}

extension Tag {
  /// A statistical proof: a claim checked against theory or coverage with a tolerance from its standard error.
  @Tag static var statisticalProof: Self
}

extension Trait where Self == ConditionTrait {
  /// Runs the test where it is fast (``Proofs``).
  static var proof: Self {
    .enabled(
      if: Proofs.enabled,
      "a statistical proof: it runs in a release build (swift test -c release --package-path ReleaseTests) or with TZSIM_PROOFS=1")
  }
}
