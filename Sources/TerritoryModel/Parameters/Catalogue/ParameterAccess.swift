/// How one catalogue key reads and sets its values on decoded parameters,
/// built from small pieces that follow the key's pattern: a field
/// (``value(_:)``), an optional part (``optional(_:_:)``), a list whose entries
/// are named by id or index (``list(_:id:_:)``), a map (``map(_:_:)``).
///
/// Each value comes with the entries it sits in, one per `[]` of the pattern,
/// so that `sites[].referrals_per_week` reads `([.entry("troyes")], 4)`.
///
/// ```swift
/// let access = ParameterAccess<SiteParameters>.value(\.referralsPerWeek)
/// access.read(site)  // [([], 4.0)]
/// ParameterAccess<TerritoryParameters>.list(\.sites, id: { $0.id }, access).read(p)  // [([.entry("troyes")], 4.0), …]
/// ```
public struct ParameterAccess<Root>: Sendable {
  /// One value: the entries it sits in (outermost first), each written as
  /// the file writes it (`[troyes]`, or `.workshops` for a law's fixed label), and the value.
  public typealias Reading = (entries: [ParameterPath.Segment], value: Double)

  /// Sets one value at the given entries; false when an entry names nothing.
  public typealias Writer = @Sendable (inout Root, ArraySlice<String>, Double) -> Bool

  /// Every value at this place.
  public let read: @Sendable (Root) -> [Reading]
  /// Sets the value at the given entries; false when an entry names nothing.
  /// Nil for a key that is read only (a share of a law that must sum to 1).
  public let write: Writer?
  /// Why a read-only key cannot be set alone, in words for a message.
  public let readOnlyReason: String?

  public init(read: @escaping @Sendable (Root) -> [Reading], write: Writer?, readOnlyReason: String? = nil) {
    self.read = read
    self.write = write
    self.readOnlyReason = readOnlyReason
  }

  /// A number stored at `field`.
  public static func value<V: ParameterNumber>(_ field: any WritableKeyPath<Root, V> & Sendable) -> Self {
    Self(
      read: { [([], $0[keyPath: field].parameterValue)] },
      write: { root, entries, x in
        guard entries.isEmpty else { return false }
        root[keyPath: field] = V(parameterValue: x)
        return true
      })
  }

  /// A number that may be absent (`reminder.day` without a reminder): read
  /// when present, set in any case.
  public static func value<V: ParameterNumber>(_ field: any WritableKeyPath<Root, V?> & Sendable) -> Self {
    Self(
      read: { root in root[keyPath: field].map { [([], $0.parameterValue)] } ?? [] },
      write: { root, entries, x in
        guard entries.isEmpty else { return false }
        root[keyPath: field] = V(parameterValue: x)
        return true
      })
  }

  /// A part the scenario may leave out (`invitations`, `tzcld`): its values
  /// when present; setting one in an absent part names nothing.
  public static func optional<Part>(_ field: any WritableKeyPath<Root, Part?> & Sendable, _ inner: ParameterAccess<Part>) -> Self {
    Self(
      read: { root in root[keyPath: field].map(inner.read) ?? [] },
      write: inner.write.map { write -> Writer in
        { root, entries, x in
          guard var part = root[keyPath: field], write(&part, entries, x) else { return false }
          root[keyPath: field] = part
          return true
        }
      }, readOnlyReason: inner.readOnlyReason)
  }

  /// A part always present (`pathways`, `money`).
  public static func part<Part>(_ field: any WritableKeyPath<Root, Part> & Sendable, _ inner: ParameterAccess<Part>) -> Self {
    Self(
      read: { root in inner.read(root[keyPath: field]) },
      write: inner.write.map { write -> Writer in
        { root, entries, x in write(&root[keyPath: field], entries, x) }
      }, readOnlyReason: inner.readOnlyReason)
  }

  /// A list: entries named by `id` when given (an index is accepted too, as
  /// in the files), by index otherwise.
  public static func list<Item>(
    _ field: any WritableKeyPath<Root, [Item]> & Sendable, id: (@Sendable (Item) -> String)? = nil, _ inner: ParameterAccess<Item>
  ) -> Self {
    Self(
      read: { root in
        root[keyPath: field].enumerated().flatMap { i, item in
          inner.read(item).map { ([.entry(id?(item) ?? "\(i)")] + $0.entries, $0.value) }
        }
      },
      write: inner.write.map { write -> Writer in
        { root, entries, x in
          guard let name = entries.first else { return false }
          let items = root[keyPath: field]
          let byId = id.flatMap { id in items.firstIndex { id($0) == name } }
          guard let i = byId ?? Int(name).flatMap({ items.indices.contains($0) ? $0 : nil }) else { return false }
          return write(&root[keyPath: field][i], entries.dropFirst(), x)
        }
      }, readOnlyReason: inner.readOnlyReason)
  }

  /// A map whose keys are data (commune codes, years), in the keys' order.
  public static func map<Key: Comparable & Sendable & LosslessStringConvertible, Item>(
    _ field: any WritableKeyPath<Root, [Key: Item]> & Sendable, _ inner: ParameterAccess<Item>
  ) -> Self {
    Self(
      read: { root in
        root[keyPath: field].sorted { $0.key < $1.key }.flatMap { key, item in
          inner.read(item).map { ([.entry("\(key)")] + $0.entries, $0.value) }
        }
      },
      write: inner.write.map { write -> Writer in
        { root, entries, x in
          guard let name = entries.first, let key = Key(name), var item = root[keyPath: field][key],
            write(&item, entries.dropFirst(), x)
          else { return false }
          root[keyPath: field][key] = item
          return true
        }
      }, readOnlyReason: inner.readOnlyReason)
  }

  /// Values read but not set one by one, and why (the shares of a law, which must sum to 1).
  public static func readOnly(because reason: String, _ read: @escaping @Sendable (Root) -> [Reading]) -> Self {
    Self(read: read, write: nil, readOnlyReason: reason)
  }
}
