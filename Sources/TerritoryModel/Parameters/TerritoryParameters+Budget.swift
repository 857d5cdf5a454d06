import SimulationCore

extension TerritoryParameters {
  /// Events per replication above which `validate` and `run` warn (about
  /// 7 s per replication at 1.5 million events a second).
  public static let eventWarningThreshold = 1e7
  /// Events per replication above which a scenario is refused (about 5 min
  /// per replication): every scenario accepted runs within this budget.
  public static let eventLimit = 5e8
  /// Persons per replication above which a scenario is refused: each is kept
  /// (about 120 bytes with their queue entries) until the replication ends,
  /// so 10 million take about 1.2 GB per job.
  public static let personLimit = 1e7

  /// Job seekers one replication is expected to see (walk-ins, referrals, invitation answers).
  public var estimatedPersonsPerReplication: Double {
    let days = Double(start.days(until: end) + 1)
    var persons = sites.reduce(0) { $0 + ($1.walkInsPerWeek + $1.referralsPerWeek) * days / 7 }
    if let inv = invitations {
      let answer = inv.responseProbability + (1 - inv.responseProbability) * (inv.reminderDay == nil ? 0 : inv.reminderResponseProbability)
      persons += inv.newRegistrantsPerMonth * days / 30.44 * answer
    }
    return persons
  }

  /// An estimate of the events one replication handles, from the scenario's
  /// rates and horizon alone (no simulation): persons times the events each
  /// makes (arrival, appointment, pathway, exit; follow-ups bounded by the
  /// caseload), plus the calendar's own events (midnights, advisors' shift
  /// changes, permanences, workshop sessions, lists) and the PPDE's.
  /// Checked against real runs of the shipped scenarios (within a factor 2).
  public var estimatedEventsPerReplication: Double {
    let days = Double(start.days(until: end) + 1)
    let weeks = days / 7
    let months = days / 30.44
    // Persons and their events.
    let persons = estimatedPersonsPerReplication
    let shares = pathways.choice.probabilities
    let reinforced = shares.count > 2 ? shares[2] : 0
    let followUpsEach = pathways.reinforcedMaxMonths * 30.44 / pathways.followUpIntervalDays
    let slots = Double(sites.reduce(0) { $0 + $1.advisors.count } * pathways.caseloadCapPerAdvisor)
    let followUps = Swift.min(persons * reinforced * followUpsEach, slots * days / pathways.followUpIntervalDays)
    var events = persons * 3 + followUps * 2
    // The calendar's events: midnights and advisors' shift changes (merged across sites:
    // two per window of each distinct schedule and availability share).
    events += days
    struct Shift: Hashable {
      let schedule: WeeklySchedule
      let share: Double
    }
    var schedules = Set<Shift>()
    for site in sites {
      for a in site.advisors {
        let schedule = a.schedule ?? site.opening
        if schedules.insert(Shift(schedule: schedule, share: a.availabilityShare)).inserted {
          events += weeks * 2 * Double(schedule.windows.values.reduce(0) { $0 + $1.count })
        }
      }
    }
    events += permanences.reduce(0) { $0 + weeks / Double(Swift.max(1, $1.slot.everyWeeks)) * 2 }
    events += workshops.reduce(0) { total, w in total + w.sessions.reduce(0) { $0 + weeks / Double(Swift.max(1, $1.slot.everyWeeks)) * 2 } }
    if invitations != nil { events += months * 2 }
    if let tz = tzcld {
      let ppde = tz.communes.values.reduce(0.0) { $0 + Double($1.initialStock) + $1.inflowPerYear * days / 365.25 }
      events += ppde * 4 + months + Double(tz.ebe.atStart.map { $0.headcount + $0.waitingList } ?? 0) * 2
    }
    return events
  }

  /// A count written with thousands separated by commas (locale-free); "∞" beyond 10¹⁸.
  public static func countText(_ x: Double) -> String {
    guard x.isFinite, abs(x) < 1e18 else { return "∞" }
    let digits = String(Int(x.rounded()).magnitude)
    var out = ""
    for (i, c) in digits.enumerated() {
      if i > 0 && (digits.count - i) % 3 == 0 { out.append(",") }
      out.append(c)
    }
    return (x < 0 ? "-" : "") + out
  }
}
