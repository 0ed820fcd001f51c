import CallscriptMachine
import CallscriptRuntime
import Foundation
import Synchronization

/// The calls of a whole floor: every agent's calls on one record store. Starting and resuming
/// run every gate against the store at that moment, so an objection any agent (on any machine
/// sharing the store) recorded refuses the number at once.
public final class CallFloor: Sendable {
    public let catalog: CampaignCatalog
    public let store: any RecordStore
    public let clock: RuntimeClock
    /// How long after its last step a suspended call may be resumed.
    public let resumeWindow: TimeInterval
    /// Seals a checkpoint at every call's end, and erasure markers (nil: no checkpoints).
    public let auditKey: AuditKey?
    private let calls = Mutex<[String: CallSlot]>([:])

    public init(
        catalog: CampaignCatalog, store: any RecordStore, clock: RuntimeClock = .system,
        resumeWindow: TimeInterval = CallSession.defaultResumeWindow, auditKey: AuditKey? = nil
    ) {
        self.auditKey = auditKey
        self.catalog = catalog
        self.store = store
        self.clock = clock
        self.resumeWindow = resumeWindow
    }

    /// Starts a call for `agent` after the gates.
    public func start(campaign id: String, contact: Contact, agent: String) throws(CallFailure) -> CallView {
        guard let campaign = catalog.campaigns[id] else {
            throw .notFound("there is no campaign '\(id)'; GET /v1/campaigns lists them")
        }
        let context: CallContext
        // The context reads the contact's values, so a missing or malformed field refuses here.
        do { context = try CallContext(loaded: campaign.loaded, contact: contact, agent: agent) } catch {
            throw .contact(error.summary)
        }
        let decision = Gates.evaluate(
            machine: campaign.loaded.machine, contact: contact, store: store, policy: campaign.gatePolicy,
            at: clock.gateTime())
        let id = Self.newCallID()
        let session: CallSession
        do {
            session = try CallSession.start(
                id: id, context: context, gates: decision, store: store, gatePolicy: campaign.gatePolicy, clock: clock,
                auditKey: auditKey)
        } catch {
            if case .callRefused(let decision) = error { throw .refused(decision) }
            throw .stopped(error.summary)
        }
        let slot = CallSlot(
            id: id, campaign: campaign, contact: contact, agent: agent, session: session, resumed: false)
        calls.withLock { $0[id] = slot }
        return slot.view()
    }

    /// The call, if the service knows it.
    func slot(_ id: String) -> CallSlot? { calls.withLock { $0[id] } }

    /// Every call the service knows, in id order.
    func slots() -> [CallSlot] { calls.withLock { Array($0.values) }.sorted { $0.id < $1.id } }

    /// Resumes a suspended call: the gates (and the resume window) are checked again.
    func resume(_ slot: CallSlot) throws(CallFailure) -> CallView {
        try slot.resume { () throws(CallFailure) -> CallSession in
            do throws(RuntimeError) {
                let context = try CallContext(loaded: slot.campaign.loaded, contact: slot.contact, agent: slot.agent)
                return try CallSession.resume(
                    id: slot.id, context: context, store: store, gatePolicy: slot.campaign.gatePolicy, clock: clock,
                    window: resumeWindow, auditKey: auditKey)
            } catch {
                if case .callRefused(let decision) = error { throw .refused(decision) }
                if case .resumeRefused(let decision) = error { throw .refused(decision) }
                throw .conflict(error.summary)
            }
        }
    }

    /// Takes over a call this service does not hold (started before a restart, or by another
    /// service on the same store that stopped or died): the saved session names its machine,
    /// contact and agent; the caller sends the contact again (its number and fields are not kept
    /// in the session). The gates run again, as for any resume; a call another runner still holds
    /// is refused by the store's session lock.
    func adopt(_ id: String, contact: Contact, user: String, supervisor: Bool) throws(CallFailure) -> CallView {
        let snapshot: SessionSnapshot
        do {
            guard let saved = try store.loadSession(id) else { throw CallFailure.notFound("there is no call '\(id)'") }
            snapshot = saved
        } catch let failure as CallFailure {
            throw failure
        } catch {
            throw .stopped("the saved call cannot be read: \(error)")
        }
        guard snapshot.agent == user || supervisor else { throw .conflict("this call belongs to another agent") }
        guard snapshot.contact == contact.id else {
            throw .contact("call '\(id)' is with contact '\(snapshot.contact)', not '\(contact.id)'")
        }
        guard let campaign = catalog.sorted.first(where: { $0.loaded.digest == snapshot.machineDigest }) else {
            throw .conflict(
                "call '\(id)' ran a script version this service does not serve (\(snapshot.machineDigest.prefix(12)))")
        }
        let slot = CallSlot(id: id, campaign: campaign, contact: contact, agent: snapshot.agent)
        let view = try resume(slot)
        calls.withLock { $0[id] = slot }
        return view
    }

    /// `c-` and 16 random hex digits: unguessable, so a call id alone gives nobody access.
    static func newCallID() -> String {
        var generator = SystemRandomNumberGenerator()
        let bytes = (0..<8).map { _ in UInt8.random(in: 0...255, using: &generator) }
        return "c-" + SHA256.hexString(bytes)
    }
}
