/// What one audit entry says. Every entry carries time, agent, contact, script digest and
/// session; the other fields depend on `kind` (see `Docs/data-formats.md`).
public struct AuditPayload: Codable, Hashable, Sendable {
    /// `gate`, `start`, `shown`, `continue`, `answer`, `capture`, `capture-refused`, `event`,
    /// `objection-recorded`, `consent-recorded`, `callback-planned`, `outcome`, `resume`;
    /// `checkpoint` and `erasure` are written by the trail itself, not by a call step.
    public var kind: String
    /// UTC, `2026-03-02T09:15:02Z`.
    public var time: String
    public var agent: String
    public var contact: String
    /// The machine digest.
    public var script: String
    public var session: String
    public var state: String?
    public var role: String?
    /// The exact text shown.
    public var text: String?
    public var answer: String?
    public var answerIndex: Int?
    public var answerClass: String?
    public var field: String?
    public var value: String?
    public var reason: String?
    public var event: String?
    public var handled: Bool?
    public var outcome: String?
    public var callbackAt: String?
    public var phone: String?
    public var purpose: String?
    /// For `gate`: every gate's verdict; for `start`: the script name.
    public var gates: [GateResult]?
    public var allowed: Bool?
    public var scriptName: String?
    /// Set (with `reason`) when the payload was erased on a data subject's request.
    public var redacted: Bool?
    /// Set on every entry of a practice call (`--practice`); `time` is still the real clock.
    public var practice: Bool?
    /// For practice calls run at a simulated time (`--now`): that time (UTC), which the gates used.
    public var simulatedTime: String?
    /// 32 random hex digits written with every entry, so `payloadHash` cannot be matched
    /// against guessed contents once the payload (and with it the salt) is erased.
    public var salt: String?
    /// `checkpoint`: hash of the entry before it (the chain head it seals).
    public var head: String?
    /// `checkpoint`: how many entries come before it.
    public var count: Int?
    /// `checkpoint`: HMAC-SHA-256 under the audit key of `callscript-checkpoint:<seq>:<head>:<count>`.
    public var mac: String?
    /// Marker: the sequence number of the `erasure` entry that erased this entry.
    public var erasure: Int?
    /// Marker: HMAC-SHA-256 under the audit key over the entry's seq, payload hash and the marker.
    public var seal: String?
    /// `erasure`: the sequence numbers of the entries it replaced by markers.
    public var erased: [Int]?

    public init(kind: String, time: String, agent: String, contact: String, script: String, session: String) {
        self.kind = kind
        self.time = time
        self.agent = agent
        self.contact = contact
        self.script = script
        self.session = session
    }
}
