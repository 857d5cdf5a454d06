import Foundation
import Testing

/// Where the statistical proofs run: they simulate hundreds of thousands of
/// customers or thousands of replications, which a debug build (no
/// optimisation, invariant checks on) takes minutes to do and a release build
/// seconds. They keep their tolerances from standard errors; they run in the
/// release-built suite that CI runs (`swift test -c release --disable-xctest`),
/// or in a debug build with `TZSIM_PROOFS=1`. The README's debug suite lists
/// them as skipped, with that reason.
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
    .enabled(if: Proofs.enabled, "a statistical proof: it runs in the release-built suite (swift test -c release) or with TZSIM_PROOFS=1")
  }
}
