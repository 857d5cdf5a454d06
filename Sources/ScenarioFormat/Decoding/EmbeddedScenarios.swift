/// Scenarios compiled into the program, so that `tzsim run` and `tzsim init`
/// work with no file beside the binary. Tests check that each is identical to
/// its copy in `Scenarios/`.
public enum EmbeddedScenarios {
  /// `Scenarios/troyes-2020.yaml`: the default of `tzsim run`.
  public static var troyes2020: [UInt8] { PackageResources.troyes_2020_yaml }
  /// `Scenarios/starter.yaml`: what `tzsim init` writes.
  public static var starter: [UInt8] { PackageResources.starter_yaml }
  /// `Scenarios/modele.yaml`: the same starter in French, what the workspace and `tzsim init --lang fr` write.
  public static var modele: [UInt8] { PackageResources.modele_yaml }
}
