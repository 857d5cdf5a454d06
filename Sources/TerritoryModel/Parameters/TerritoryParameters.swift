public import SimulationCore

/// Everything one territory scenario says, as validated Swift values. The
/// model can be driven from Swift with these alone, without any file.
public struct TerritoryParameters: Sendable, Equatable {
  public var name: String
  public var start: CivilDate
  /// Last simulated day, inclusive.
  public var end: CivilDate
  public var closures: [Closure]
  /// The communes of the territory (default: the 81 of TCM).
  public var communes: [Commune]
  /// Commune (INSEE code) → id of the site or permanence serving it. Communes
  /// not listed go to the site or permanence in their nearest service point's
  /// commune.
  public var servedBy: [String: String]
  public var sites: [SiteParameters]
  public var permanences: [PermanenceParameters]
  public var appointments: AppointmentParameters
  public var pathways: PathwayParameters
  public var workshops: [WorkshopParameters]
  public var invitations: InvitationParameters?
  public var tzcld: TZCLDParameters?
  public var money: MoneyTables
  public var objectives: [Objective]

  public init(
    name: String, start: CivilDate, end: CivilDate, closures: [Closure] = [],
    communes: [Commune] = CommuneDirectory.troyesChampagneMetropole.communes, servedBy: [String: String] = [:],
    sites: [SiteParameters], permanences: [PermanenceParameters] = [],
    appointments: AppointmentParameters = AppointmentParameters(), pathways: PathwayParameters = PathwayParameters(),
    workshops: [WorkshopParameters] = [], invitations: InvitationParameters? = nil, tzcld: TZCLDParameters? = nil,
    money: MoneyTables = MoneyTables(), objectives: [Objective] = []
  ) {
    self.name = name
    self.start = start
    self.end = end
    self.closures = closures
    self.communes = communes
    self.servedBy = servedBy
    self.sites = sites
    self.permanences = permanences
    self.appointments = appointments
    self.pathways = pathways
    self.workshops = workshops
    self.invitations = invitations
    self.tzcld = tzcld
    self.money = money
    self.objectives = objectives
  }
}
