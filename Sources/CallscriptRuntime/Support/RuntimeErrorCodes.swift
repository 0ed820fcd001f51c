/// Codes of the record-store errors, from the top of their ranges (RT0099 down for
/// sessions, RT0299 down for gates, RT0399 down for records), for the error catalogue.
extension RuntimeError {
    /// The code of a record-store error; nil for the others.
    public var storeCode: String? {
        switch self {
        case .sessionBusy: "RT0099"
        case .sessionNotResumable: "RT0098"
        case .resumeRefused: "RT0299"
        case .simulatedTimeOnRealData: "RT0399"
        case .practiceOnRealData: "RT0398"
        case .realCallOnPracticeData: "RT0397"
        case .journalDamaged: "RT0396"
        default: nil
        }
    }
}
