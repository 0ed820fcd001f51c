import CallscriptMachine
import Foundation

/// A saved session (`sessions/<id>.json`): the session state keyed by stable state IDs and
/// field names, plus who the call is with. Restores only onto the machine with the same digest.
public struct SessionSnapshot: Codable, Hashable, Sendable {
    public static let currentFormatVersion = 1

    public var format: String
    public var formatVersion: Int
    public var session: String
    public var machineDigest: String
    public var contact: String
    public var agent: String
    /// `showing-line`, `awaiting-answer`, `awaiting-capture` or `ended`.
    public var phase: String
    /// The state on screen (nil once ended).
    public var state: String?
    public var outcome: Outcome?
    public var captures: [String: String]
    public var handler: String?
    public var objectionRecorded: Bool
    public var inputs: Int

    public init(session: String, contact: String, agent: String, state s: SessionState) {
        format = "callscript-session"
        formatVersion = SessionSnapshot.currentFormatVersion
        self.session = session
        machineDigest = s.machineDigest
        self.contact = contact
        self.agent = agent
        switch s.phase {
        case .showingLine(let id): (phase, state) = ("showing-line", id)
        case .awaitingAnswer(let id): (phase, state) = ("awaiting-answer", id)
        case .awaitingCapture(let id): (phase, state) = ("awaiting-capture", id)
        case .ended(let o): (phase, outcome) = ("ended", o)
        }
        captures = s.captures
        handler = s.handler
        objectionRecorded = s.objectionRecorded
        inputs = s.inputs
    }

    /// Pretty, key-sorted JSON.
    public func encoded() -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return (try? encoder.encode(self)) ?? Data()
    }

    public static func decode(_ data: Data, file: String) throws(RuntimeError) -> SessionSnapshot {
        guard let snapshot = try? JSONDecoder().decode(SessionSnapshot.self, from: data),
            snapshot.format == "callscript-session"
        else { throw .notASession(file: file) }
        guard snapshot.formatVersion == currentFormatVersion else {
            throw .sessionVersion(file: file, version: snapshot.formatVersion)
        }
        return snapshot
    }

    /// The session state on `loaded`, refusing another machine, unknown state IDs, a phase
    /// that does not fit the state's role, and captures that are not valid for their field.
    public func restore(on loaded: LoadedMachine, file: String = "session") throws(RuntimeError) -> SessionState {
        guard machineDigest == loaded.digest else {
            throw .sessionForOtherMachine(saved: machineDigest, loaded: loaded.digest)
        }
        func bad(_ detail: String) -> RuntimeError { .sessionDoesNotFit(file: file, detail: detail) }
        let restored: Phase
        if phase == "ended" {
            guard let outcome else { throw bad("ended session has no outcome") }
            restored = .ended(outcome)
        } else {
            guard let id = state, let position = loaded.index.index(of: id) else {
                throw bad("state '\(state ?? "")' does not exist in the machine")
            }
            let role = loaded.index[position].role
            switch phase {
            case "showing-line" where role.isSpoken && !role.isQuestion && role != .capture:
                restored = .showingLine(state: id)
            case "awaiting-answer" where role.isQuestion: restored = .awaitingAnswer(state: id)
            case "awaiting-capture" where role == .capture: restored = .awaitingCapture(state: id)
            default: throw bad("phase '\(phase)' does not fit state '\(id)' (\(role.rawValue))")
            }
        }
        for (name, value) in captures {
            guard let field = loaded.fields[name], field.origin == .capture else {
                throw bad("'\(name)' is not a capture of this machine")
            }
            guard case .success(let parsed) = FieldParser.parse(value, as: field.type), parsed.text == value else {
                throw bad("captured '\(name)' value is not a valid \(field.type.description)")
            }
        }
        if let handler, loaded.handlers[handler] == nil {
            throw bad("handler 'on \(handler)' does not exist in the machine")
        }
        return SessionState(
            machineDigest: machineDigest, phase: restored, captures: captures, handler: handler,
            objectionRecorded: objectionRecorded, inputs: inputs)
    }
}
