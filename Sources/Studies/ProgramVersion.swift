/// TZSim's version, written into every results folder and report: one
/// statement for the command line and the browser workspace.
public enum ProgramVersion {
  public static let current = "0.1.0"
}
