/// One advisor's duty changing at a shift time of the plan (``TerritoryPlan/shiftEdits``).
///
/// A shift's edits are read in one pass from one array: who changes, to what,
/// and whether their site's desk is dispatched after them (the site's last
/// edit at that time). Advisors whose duty does not change have no edit, and a
/// site with none is not dispatched (as when each shift compared every advisor's duty).
struct ShiftEdit {
  /// The advisor's index among every site's advisors, site after site (as in `PCENetwork.advisors`).
  let advisor: Int32
  /// The advisor's site, whose desk is dispatched after its last edit.
  let site: Int32
  /// Whether the advisor is on duty from this time.
  let onDuty: Bool
  /// Whether this is the site's last edit at this time (set once the site's edits are listed).
  var dispatchesSite: Bool
}
