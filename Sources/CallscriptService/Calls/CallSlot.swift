import CallscriptMachine
import CallscriptRuntime
import Synchronization

/// Why a call operation did not happen, mapped to an HTTP status by the API.
public enum CallFailure: Error, Sendable, Equatable {
    /// The gates refused the start or resume (409).
    case refused(GateDecision)
    /// The input does not fit the screen; nothing changed (422).
    case input(String)
    /// The call is not in the state the operation needs (409).
    case conflict(String)
    /// No such call or campaign (404).
    case notFound(String)
    /// The contact is missing a field or is malformed (422).
    case contact(String)
    /// A record could not be written: the call stopped safely (503).
    case stopped(String)
}

/// One call the service knows, with its session while a runner holds it. Operations on one
/// call are serialised by its lock; different calls run in parallel.
final class CallSlot: Sendable {
    let id: String
    let campaign: Campaign
    let contact: Contact
    let agent: String
    private let state: Mutex<State>

    struct State: Sendable {
        var session: CallSession?
        var suspended = false
        var resumed = false
        /// What was on screen when the call was suspended.
        var lastScreen: ScreenView?
    }

    /// A call known only from the store, to be resumed.
    init(id: String, campaign: Campaign, contact: Contact, agent: String) {
        self.id = id
        self.campaign = campaign
        self.contact = contact
        self.agent = agent
        state = Mutex(State(session: nil, suspended: true, resumed: false))
    }

    init(id: String, campaign: Campaign, contact: Contact, agent: String, session: CallSession, resumed: Bool) {
        self.id = id
        self.campaign = campaign
        self.contact = contact
        self.agent = agent
        state = Mutex(State(session: session, suspended: false, resumed: resumed))
    }

    /// The call as the API shows it.
    func view() -> CallView { state.withLock { Self.view(self, $0) } }

    var isEnded: Bool { state.withLock { $0.session?.state.isEnded ?? false } }
    var isSuspended: Bool { state.withLock { $0.suspended } }

    /// Applies one input under the call's lock.
    func perform(_ input: SessionInput) throws(CallFailure) -> CallView {
        try state.withLock { (s: inout State) throws(CallFailure) -> CallView in
            guard !s.suspended, var session = s.session else {
                throw .conflict("the call is suspended; resume it first")
            }
            do throws(SessionError) {
                try session.perform(input)
                s.session = session
            } catch {
                switch error {
                case .refused(let refusal): throw .input(refusal.description)
                case .stopped(let failure):
                    // The session stopped at its last confirmed step; drop it so the lock is freed for a resume.
                    s.session = nil
                    s.suspended = true
                    throw .stopped(failure.summary)
                }
            }
            return Self.view(self, s)
        }
    }

    /// Stops safely where the call is: the session is saved and its lock released.
    func suspend() throws(CallFailure) -> CallView {
        try state.withLock { (s: inout State) throws(CallFailure) -> CallView in
            guard let session = s.session, !s.suspended else { throw .conflict("the call is already suspended") }
            guard !session.state.isEnded else { throw .conflict("the call has ended") }
            do throws(RuntimeError) { try session.save() } catch { throw .stopped(error.summary) }
            s.suspended = true
            s.lastScreen = ScreenView(session.prompt, index: campaign.loaded.index)
            // Releasing the session drops its lease, so another runner (or this one) can resume it.
            let view = Self.view(self, s)
            s.session = nil
            return view
        }
    }

    /// Resumes under the call's lock; the gates run again (in `resume`).
    func resume(_ resume: () throws(CallFailure) -> CallSession) throws(CallFailure) -> CallView {
        try state.withLock { (s: inout State) throws(CallFailure) -> CallView in
            guard s.suspended || s.session == nil else { throw .conflict("the call is not suspended") }
            let session = try resume()
            s.session = session
            s.suspended = false
            s.resumed = true
            return Self.view(self, s)
        }
    }

    private static func view(_ slot: CallSlot, _ s: State) -> CallView {
        let index = slot.campaign.loaded.index
        let screen: ScreenView
        var outcome: OutcomeView?
        var status = s.suspended ? "suspended" : "active"
        if let session = s.session {
            screen = ScreenView(session.prompt, index: index)
            if case .ended(let o) = session.phase {
                outcome = OutcomeView(o)
                status = "ended"
            }
        } else {
            screen =
                s.lastScreen
                ?? ScreenView(
                    kind: "line", state: nil, role: nil, step: nil, text: nil, answers: [], capture: nil, hint: nil)
        }
        let machine = slot.campaign.loaded.machine
        let language =
            machine.translation(for: slot.contact.fields[CallContext.languageField])?.language
            ?? machine.script.language ?? "nl"
        return CallView(
            id: slot.id, campaign: slot.campaign.id, contact: slot.contact.id, agent: slot.agent, language: language,
            status: status,
            resumed: s.resumed, practice: s.session?.clock.isPractice ?? false, screen: screen,
            events: status == "ended" ? [] : EventView.offered(by: slot.campaign.loaded), outcome: outcome,
            source: s.session?.basisSource, sourceDetail: s.session?.basis.map(SourceView.init))
    }
}
