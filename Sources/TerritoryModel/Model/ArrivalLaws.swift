import Stochastic

/// The laws drawn for each person who arrives, in the order they are drawn
/// (see `newPerson`). Built with the plan; each replication keeps a copy, so
/// that a newcomer's draws read the laws in the replication's own storage,
/// which the compiler knows no call can change: read through the shared plan
/// (a class), each continuous law was copied and each categorical table retained
/// around its draw (`objdump` of `newPerson`: 5 retains and 3 copies, against 2 and none).
struct ArrivalLaws: Sendable {
  /// The pathway chosen; its labels are the pathways, in order (validate).
  let pathway: CategoricalDistribution
  let firstDurationMinutes: Distribution
  /// Competing exits of accompanied persons: total rate per day, and the
  /// shares of employment and training in it.
  let exitRatePerDay: Double
  let employmentShare: Double
  let trainingShare: Double
  let positioningOutcome: CategoricalDistribution
  let positioningDelayDays: Distribution
  /// Each workshop type's enrolment probability, in order.
  let enrolProbabilities: [Double]
  /// Absent: nobody gives up waiting.
  let patienceDays: Distribution?

  init(_ parameters: TerritoryParameters) {
    let pw = parameters.pathways
    pathway = pw.choice
    firstDurationMinutes = parameters.appointments.firstDurationMinutes
    let monthly = pw.employmentPerMonth + pw.trainingPerMonth + pw.dropoutPerMonth
    exitRatePerDay = monthly * 12 / 365.25
    employmentShare = monthly > 0 ? pw.employmentPerMonth / monthly : 0
    trainingShare = monthly > 0 ? pw.trainingPerMonth / monthly : 0
    positioningOutcome = pw.positioningOutcome
    positioningDelayDays = pw.positioningDelayDays
    enrolProbabilities = parameters.workshops.map(\.enrolProbability)
    patienceDays = parameters.appointments.patienceDays
  }
}
