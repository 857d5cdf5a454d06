/// A person named in a queue: their slot, and the slot's version when they
/// joined it. Slots of people who have left are reused, so an entry is valid
/// only while the version still matches.
struct PersonRef {
  let person: Int32
  let version: UInt32
}
