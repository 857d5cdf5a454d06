/// Why a person stops being accompanied.
enum ExitReason: UInt8, CaseIterable {
  case employment = 0, training, dropout, endOfPathway

  var id: String {
    switch self {
    case .employment: "employment"
    case .training: "training"
    case .dropout: "dropout"
    case .endOfPathway: "end_of_pathway"
    }
  }
}
