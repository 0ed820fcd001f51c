/// Where a call's basis comes from, in parts: the agent answers "waar heeft u mijn nummer
/// vandaan?" (NL-DATA-SOURCE) from it. Each screen words it in its own language from these
/// parts; `line` is the English wording the gate records in the audit trail.
public struct BasisSource: Hashable, Sendable {
    public enum Kind: String, Hashable, Sendable {
        /// An opt-in consent from the consent register.
        case consent
        /// The customer relation of a customer campaign (the contact file).
        case customerRecord = "customer-record"
    }

    public var kind: Kind
    /// The record's own `source` as written there (`webformulier zonnig.nl/aanbod`): data, never
    /// translated; nil when the record names none.
    public var origin: String?
    /// Without an origin, a consent says when and by whom it was recorded.
    public var recordedAt: String?
    public var recordedBy: String?
    /// Without an origin, a customer record says its latest purchase or contract end.
    public var relationDate: String?
    /// How and when the consent was verified (`sms`, `2026-03-02T09:19:02Z`).
    public var verifiedBy: String?
    public var verifiedAt: String?

    public init(
        kind: Kind, origin: String?, recordedAt: String? = nil, recordedBy: String? = nil,
        relationDate: String? = nil, verifiedBy: String? = nil, verifiedAt: String? = nil
    ) {
        self.kind = kind
        self.origin = origin
        self.recordedAt = recordedAt
        self.recordedBy = recordedBy
        self.relationDate = relationDate
        self.verifiedBy = verifiedBy
        self.verifiedAt = verifiedAt
    }

    /// `consent: webformulier zonnig.nl/aanbod; verified by sms at 2026-03-02T09:19:02Z` or
    /// `customer record: klantenbestand 2024`: the text the audit trail and the API's `source` keep.
    public var line: String {
        switch kind {
        case .consent:
            var line = "consent: " + (origin ?? "recorded \(recordedAt ?? "") by \(recordedBy ?? "")")
            if let verifiedBy, let verifiedAt { line += "; verified by \(verifiedBy) at \(verifiedAt)" }
            return line
        case .customerRecord:
            return "customer record: " + (origin ?? "last purchase or contract end \(relationDate ?? "")")
        }
    }
}
