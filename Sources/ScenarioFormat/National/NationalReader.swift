import Foundation
import SimulationCore
import Stochastic
import TerritoryModel
internal import Yams

/// Walks a national study's YAML tree into values, each problem at its place.
struct NationalReader {
  let context: DecodingContext
  /// Reads a file named by the study (a detailed scenario, a record), relative to the study's folder.
  let read: (String) -> [UInt8]?

  static let root = [
    "tzsim_national", "name", "description", "start", "end", "seed", "replications", "fund_rule", "mobilisation_lead_months",
    "second_wave_from", "record", "points", "territories", "calendar", "profiles", "credits", "money", "fit", "assumptions",
  ]
  typealias Key = NationalProfileKey

  func month(_ v: ScenarioValue) -> YearMonth? {
    guard let s = v.string() else { return nil }
    let parts = s.split(separator: "-")
    if parts.count >= 2, let y = Int(parts[0]), let m = Int(parts[1]), (1900...2200).contains(y), (1...12).contains(m),
      parts.count == 2 || CivilDate(iso: s) != nil
    {
      return YearMonth(year: y, month: m)
    }
    v.fail("expected a month YYYY-MM (or a date YYYY-MM-DD), found `\(s.prefix(40))`")
    return nil
  }

  func number(_ v: ScenarioValue?, _ range: ClosedRange<Double>) -> Double? {
    guard let v, let x = v.number() else { return nil }
    guard range.contains(x) else {
      v.fail("expected a number between \(range.lowerBound.shortestText) and \(range.upperBound.shortestText), found \(x.shortestText)")
      return nil
    }
    return x
  }

  func scenario(_ top: ScenarioValue, source: [UInt8]) -> NationalScenario? {
    guard let f = top.fields(Self.root) else { return nil }
    if let version = f.required("tzsim_national"), let n = version.integer(0...1000), n != NationalScenario.formatVersion {
      version.fail("this program reads national format version \(NationalScenario.formatVersion), the file says \(n)")
    }
    let name = f["name"]?.string() ?? "national"
    let start = f.required("start").flatMap(month)
    let end = f.required("end").flatMap(month)
    if let start, let end, !(start < end), let v = f["end"] { v.fail("the end must come after the start") }
    if let start, let end, start.months(to: end) > 12 * 40, let v = f["end"] { v.fail("a national study covers at most 40 years") }
    let seed = f["seed"]?.integer(0...Int.max).map(UInt64.init) ?? 2026
    let replications = f["replications"]?.integer(1...100_000) ?? 1000
    var rule = FundRule.sharedCap
    if let v = f["fund_rule"], let s = v.string() {
      if let r = FundRule(rawValue: s) {
        rule = r
      } else {
        v.fail(
          "`\(s)` is not a fund rule; use one of \(FundRule.allCases.map { "`\($0.rawValue)`" }.joined(separator: ", "))")
      }
    }
    let lead = f["mobilisation_lead_months"]?.integer(0...120) ?? 12
    let secondWave = f["second_wave_from"].flatMap(month) ?? YearMonth(year: 2021, month: 7)
    let record = table(f["record"], default: NationalRecord.shipped) { (text: String) throws(NationalRecordProblem) in
      try NationalRecord(csv: text)
    }
    let points = table(f["points"], default: NationalPoints.shipped) { (text: String) throws(NationalRecordProblem) in
      try NationalPoints(csv: text)
    }
    var detailedSources: [(String, [UInt8])] = []
    var listed = (record ?? NationalRecord.shipped).plans(secondWaveFrom: secondWave)
    for item in f["territories"]?.items(max: 500) ?? [] {
      guard let t = territory(item, secondWave: secondWave, sources: &detailedSources) else { continue }
      if let i = listed.firstIndex(where: { $0.id == t.id }) {
        listed[i] = merge(listed[i], with: t)
      } else {
        listed.append(t)
      }
    }
    let calendar = (f.required("calendar")?.items(max: 200) ?? []).compactMap(step)
    let profilesNode = f.required("profiles")?.fields(["wave_1", "wave_2"])
    let wave1 = profilesNode?.required("wave_1").flatMap { profile($0, base: nil) }
    let wave2 = profilesNode?.required("wave_2").flatMap { profile($0, base: wave1?.profile) }
    let credits = (f.required("credits")?.items(max: 100) ?? []).compactMap(credit)
    var seenYears = Set<Int>()
    for (i, c) in credits.enumerated() where !seenYears.insert(c.year).inserted {
      context.fail(nil, "credits[\(i)].year", "the year \(c.year) has credits twice", hint: "keep one line per year")
    }
    let money = f["money"].map(moneyTables) ?? MoneyTables.national
    let fit = f["fit"].flatMap(fit)
    let assumptions = f["assumptions"]?.items(max: 500)?.compactMap { $0.string() } ?? []
    guard let start, let end, let wave1, let wave2, let record, let points else { return nil }
    let parameters = NationalParameters(
      name: name, start: start, end: end, listed: listed, calendar: calendar, profiles: [wave1.profile, wave2.profile],
      credits: credits, money: money, rule: rule, mobilisationLeadMonths: lead, secondWaveFrom: secondWave)
    return NationalScenario(
      name: name, description: f["description"]?.string() ?? "", seed: seed, replications: replications, parameters: parameters,
      record: record, points: points, fit: fit, followingWave1: wave2.following, assumptions: assumptions, source: source,
      detailedSources: detailedSources.map { (file: $0.0, bytes: $0.1) })
  }

  /// A data file the study names (relative to its folder), or the shipped one.
  func table<T>(_ v: ScenarioValue?, default shipped: T, _ parse: (String) throws(NationalRecordProblem) -> T) -> T? {
    guard let v, let name = v.string() else { return shipped }
    if name == "embedded" { return shipped }
    guard let bytes = read(name), let text = String(validating: bytes, as: UTF8.self) else {
      v.fail("`\(name)` cannot be read", hint: "name a CSV file beside the study, or write `embedded`")
      return nil
    }
    do {
      return try parse(text)
    } catch {
      context.add(
        ScenarioError(file: name, line: error.line, column: error.column, path: v.path, message: error.message))
      return nil
    }
  }

  func merge(_ a: NationalTerritoryPlan, with b: NationalTerritoryPlan) -> NationalTerritoryPlan {
    var t = a
    if b.name != b.id { t.name = b.name }
    if !b.departement.isEmpty { t.departement = b.departement }
    t.ppde = b.ppde ?? a.ppde
    t.opening = b.opening ?? a.opening
    t.openingCohort = b.openingCohort ?? a.openingCohort
    t.detailed = b.detailed ?? a.detailed
    if b.habilitation != YearMonth(year: 1900, month: 1) {
      t.habilitation = b.habilitation
      t.wave = b.wave
    }
    return t
  }

  func territory(_ v: ScenarioValue, secondWave: YearMonth, sources: inout [(String, [UInt8])]) -> NationalTerritoryPlan? {
    guard
      let f = v.fields([
        "id", "name", "departement", "habilitation", "ppde", "opening", "opening_cohort", "scenario", "objectives",
      ])
    else { return nil }
    guard let id = f.required("id")?.identifier() else { return nil }
    let habilitation = f["habilitation"].flatMap(month) ?? YearMonth(year: 1900, month: 1)
    var plan = NationalTerritoryPlan(
      id: id, name: f["name"]?.string() ?? id, departement: f["departement"]?.string() ?? "", habilitation: habilitation,
      wave: habilitation < secondWave ? 1 : 2, ppde: number(f["ppde"], 0...1_000_000), opening: f["opening"].flatMap(month),
      openingCohort: f["opening_cohort"]?.integer(0...10_000))
    if let s = f["scenario"], let file = s.string() {
      if let bytes = read(file) {
        do {
          let detailed = try ScenarioDecoder.decode(bytes: bytes, file: file)
          if var ebe = DetailedEBE(scenario: file, parameters: detailed.parameters) {
            ebe.objectives += (f["objectives"]?.items(max: 20) ?? []).compactMap(objective)
            plan.detailed = ebe
            sources.append((file, bytes))
          } else {
            s.fail("`\(file)` has no `tzcld` part: the national study takes a territory's EBE from it")
          }
        } catch {
          for e in error.errors { context.add(e) }
          s.fail("`\(file)` is not a valid scenario (its problems are listed above)")
        }
      } else {
        s.fail("`\(file)` cannot be read", hint: "name a scenario file beside the national study")
      }
    } else if f.has("objectives") {
      f["objectives"]?.fail("objectives are followed for a territory given by its own `scenario`")
    }
    return plan
  }

  func objective(_ v: ScenarioValue) -> NationalObjective? {
    guard let f = v.fields(["id", "measure", "month", "at_least", "source"]) else { return nil }
    let id = f.required("id")?.identifier()
    var measure: NationalObjective.Measure?
    if let m = f.required("measure"), let s = m.string() {
      measure = NationalObjective.Measure(rawValue: s)
      if measure == nil { m.fail("`\(s)` is not a measure; use `headcount` or `hires`") }
    }
    let month = f.required("month").flatMap(month)
    let atLeast = number(f.required("at_least"), 0...1_000_000)
    _ = f.required("source")?.string()
    guard let id, let measure, let month, let atLeast else { return nil }
    return NationalObjective(id: id, measure: measure, month: month, atLeast: atLeast)
  }

  func step(_ v: ScenarioValue) -> HabilitationStep? {
    guard let f = v.fields(["date", "territories", "source"]) else { return nil }
    let date = f.required("date").flatMap(month)
    let count = f.required("territories")?.integer(0...10_000)
    let source = f.required("source")?.string()
    guard let date, let count, let source else { return nil }
    return HabilitationStep(date: date, territories: count, source: source)
  }

  func credit(_ v: ScenarioValue) -> VotedCredit? {
    guard let f = v.fields(["year", "amount", "source"]) else { return nil }
    let year = f.required("year")?.integer(1900...2200)
    let amount = number(f.required("amount"), 0...1e11)
    let source = f.required("source")?.string()
    guard let year, let amount, let source else { return nil }
    return VotedCredit(year: year, amount: amount, source: source)
  }

  func law(_ v: ScenarioValue?, _ unit: String, atLeast low: Double) -> Distribution? {
    guard let v, let d = v.distribution(unit: unit) else { return nil }
    if d.mean < low { v.fail("the law's mean must be at least \(low.shortestText), found \(d.mean.shortestText)") }
    return d
  }

  /// A wave's profile; wave 2 takes what it does not write from wave 1 (`base`).
  func profile(_ v: ScenarioValue, base: NationalProfile?) -> (profile: NationalProfile, following: [String])? {
    guard let f = v.fields(Key.allCases.map(\.rawValue)) else { return nil }
    var following: [String] = []
    func need<T>(_ key: Key, _ value: T?, _ inherited: T?) -> T? {
      if f[key.rawValue] != nil { return value }
      if let inherited {
        following.append(key.rawValue)
        return inherited
      }
      if base == nil { _ = f.required(key.rawValue) }
      return nil
    }
    func numberKey(_ key: Key) -> Double? {
      need(key, f[key.rawValue].flatMap { number($0, key.fitRange ?? 0...1e9) }, base?.value(of: key.rawValue))
    }
    func lawKey(_ key: Key, _ unit: String, _ inherited: Distribution?) -> Distribution? {
      need(key, law(f[key.rawValue], unit, atLeast: 0), inherited)
    }
    let ppde = lawKey(.ppdePrior, "PPDE", base?.ppdePrior)
    let delay = lawKey(.openingDelayMonths, "months", base?.openingDelayMonths)
    let cohort = lawKey(.openingCohort, "persons", base?.openingCohort)
    let exit = lawKey(.exitPerYear, "per year", base?.exitPerYear)
    let working = need(.workingTime, f[Key.workingTime.rawValue].flatMap(workingTime), base?.workingTime)
    let pace = numberKey(.hiresPerMonth)
    let ceiling = numberKey(.headcountCeiling)
    let spread = numberKey(.spread)
    let volunteer = numberKey(.volunteerProbability)
    let mobilisation = numberKey(.mobilisationMonths)
    let inflow = numberKey(.inflowPerYear)
    let elsewhere = numberKey(.otherEmployerPerYear)
    guard let ppde, let delay, let cohort, let exit, let working, let pace, let ceiling, let spread, let volunteer, let mobilisation,
      let inflow, let elsewhere
    else { return nil }
    // Wave 2 follows wave 1 only in the numbers a fit may set; laws it lacks are taken as they are.
    let fitted = following.filter { Key(rawValue: $0)?.fitRange != nil }
    return (
      NationalProfile(
        ppdePrior: ppde, openingDelayMonths: delay, openingCohort: cohort, hiresPerMonth: pace, headcountCeiling: ceiling,
        spread: spread, volunteerProbability: volunteer, mobilisationMonths: mobilisation, inflowPerYear: inflow,
        otherEmployerPerYear: elsewhere, exitPerYear: exit, workingTime: working), fitted
    )
  }

  func workingTime(_ v: ScenarioValue) -> [WorkingTimeShare]? {
    guard let entries = v.entries() else { return nil }
    var shares: [WorkingTimeShare] = []
    for e in entries {
      guard let fte = Double(e.key), fte > 0, fte <= 1 else {
        context.fail(e.keyNode, "\(v.path).\(e.key)", "a working time is a fraction of full time in (0, 1], found `\(e.key)`")
        continue
      }
      guard let p = number(e.value, 0...1) else { continue }
      shares.append(WorkingTimeShare(fte: fte, probability: p))
    }
    let total = shares.reduce(0) { $0 + $1.probability }
    guard !shares.isEmpty, abs(total - 1) < 1e-6 else {
      v.fail("the shares of the working times must add up to 1, found \(total.shortestText)")
      return nil
    }
    return shares
  }

  func moneyTables(_ v: ScenarioValue) -> MoneyTables {
    guard let f = v.fields(["employer_cost_factor"]) else { return MoneyTables.national }
    var m = MoneyTables.national
    if let x = number(f["employer_cost_factor"], 0.5...5) { m.employerCostFactor = x }
    return m
  }

  func fit(_ v: ScenarioValue) -> NationalFit? {
    guard let f = v.fields(["keys", "until", "replications"]) else { return nil }
    var keys: [NationalFit.Key] = []
    for item in f.required("keys")?.items(max: 6) ?? [] {
      guard let k = item.fields(["key", "range"]) else { continue }
      guard let path = k.required("key")?.string(), let rangeNode = k.required("range"), let text = rangeNode.string() else {
        continue
      }
      let parts = path.split(separator: ".", maxSplits: 1).map(String.init)
      guard parts.count == 2, ["wave_1", "wave_2"].contains(parts[0]), let allowed = Key(rawValue: parts[1])?.fitRange else {
        k["key"]?.fail(
          "`\(path)` is not a number of a profile a fit may set",
          hint: "write wave_1.<key> with a key among \(Key.fittable.map(\.rawValue).joined(separator: ", "))")
        continue
      }
      let bounds = text.components(separatedBy: "...").compactMap { Double($0.trimmingCharacters(in: .whitespaces)) }
      guard bounds.count == 2, bounds[0] < bounds[1], allowed.contains(bounds[0]), allowed.contains(bounds[1]) else {
        rangeNode.fail(
          "expected a range low...high inside \(allowed.lowerBound.shortestText)...\(allowed.upperBound.shortestText), found `\(text.prefix(40))`"
        )
        continue
      }
      keys.append(NationalFit.Key(path: path, range: bounds[0]...bounds[1]))
    }
    let until = f.required("until").flatMap(month)
    let replications = f["replications"]?.integer(2...1000) ?? 20
    guard let until, !keys.isEmpty else { return nil }
    return NationalFit(keys: keys, until: until, replications: replications)
  }
}
