/// Where a job seeker can come from, numbered: walk-ins and referrals per
/// site, added requests per desk, invitation answers per commune. Each origin
/// has its own family of personal streams, keyed by the person's rank there.
struct PersonOrigins: Sendable {
  let siteCount: Int
  let deskCount: Int
  /// Names in index order, e.g. `walk_in/troyes`, `invitation/10387`.
  let names: [String]

  init(siteIDs: [String], deskIDs: [String], communeCodes: [String]) {
    siteCount = siteIDs.count
    deskCount = deskIDs.count
    names =
      siteIDs.map { "walk_in/\($0)" } + siteIDs.map { "referral/\($0)" } + deskIDs.map { "request/\($0)" }
      + communeCodes.map { "invitation/\($0)" }
  }

  func walkIn(site s: Int) -> Int { s }
  func referral(site s: Int) -> Int { siteCount + s }
  func request(desk d: Int) -> Int { 2 * siteCount + d }
  func invitation(commune c: Int) -> Int { 2 * siteCount + deskCount + c }
}
