import CallscriptCompiler
import CallscriptDiagnostics
import CallscriptMachine
import CallscriptRuntime
import Foundation

/// What `callscript run` was asked to do.
public struct RunRequest: Sendable {
    /// A `.call` script (compiled on the spot) or a compiled machine `.json`.
    public var script: String
    public var contact: String
    public var agent: String
    public var data: String
    /// The time gates, records and the audit trail use.
    public var now: Date
    /// Continue the interrupted call of this contact instead of starting one.
    public var resume: Bool
    /// The session to resume, when there is more than one.
    public var session: String?
    /// The gate settings; nil takes them from the policy the script names.
    public var gatePolicy: GatePolicy?
    /// Colour compiler diagnostics.
    public var colored: Bool
    /// Signs a checkpoint at the call's end (nil: none is written).
    public var auditKey: AuditKey?

    public init(
        script: String, contact: String, agent: String, data: String, now: Date, resume: Bool = false,
        session: String? = nil, gatePolicy: GatePolicy? = nil, colored: Bool = false, auditKey: AuditKey? = nil
    ) {
        self.auditKey = auditKey
        self.script = script
        self.contact = contact
        self.agent = agent
        self.data = data
        self.now = now
        self.resume = resume
        self.session = session
        self.gatePolicy = gatePolicy
        self.colored = colored
    }
}

/// Why a call did not start (or resume): the full message for standard error and the exit
/// status (1 for a script, contact, gate or log that refuses; 2 for I/O).
public struct RunnerFailure: Error, Sendable, CustomStringConvertible {
    public var message: String
    public var exitCode: Int32

    public init(_ message: String, exitCode: Int32) {
        self.message = message
        self.exitCode = exitCode
    }

    init(_ error: RuntimeError) {
        switch error {
        case .io, .dataFolder: self.init(error.description, exitCode: 2)
        default: self.init(error.description, exitCode: 1)
        }
    }

    public var description: String { message }
}

/// A call ready for the agent.
public struct PreparedCall: Sendable {
    public var session: CallSession
    /// True when an interrupted call was resumed.
    public var resumed: Bool
    /// Verifier warnings of the script, shown before the call.
    public var warnings: [String]
}

/// Everything that must hold before the first line shows: the machine loads and is proven,
/// the contact has every field the script needs, the data folder is writable, the gates
/// allow the call. Each failure is a clear message; nothing is recorded as a call.
public enum CallSetup {
    public static func prepare(_ request: RunRequest) throws(RunnerFailure) -> PreparedCall {
        // The day dated rules are proven on is read in the Dutch zone until the policy is known.
        let zone = TimeZone(identifier: (request.gatePolicy ?? .netherlands).timeZone) ?? .current
        let today = LocalDateTime(request.now, in: zone).date
        let loaded = try loadMachine(request.script, on: today, colored: request.colored)
        let gatePolicy = request.gatePolicy ?? GatePolicy.for(loaded.policy)
        let contact = try loadContact(request.contact, machine: loaded.machine)
        let agent = request.agent.trimmingCharacters(in: .whitespaces)
        guard !agent.isEmpty else {
            throw RunnerFailure(
                "error: the agent name is empty\n  = help: pass --agent with the name you give on the phone",
                exitCode: 2)
        }
        let context: CallContext
        do { context = try CallContext(loaded: loaded, contact: contact, agent: agent) } catch {
            throw RunnerFailure(error)
        }
        let data = DataFolder(root: URL(fileURLWithPath: request.data))
        do { try data.prepare() } catch { throw RunnerFailure(error) }
        let offset = request.now.timeIntervalSinceNow
        // Anchored at --now but still ticking, so entries of a replayed call keep their order.
        let clock = RuntimeClock { Date().addingTimeInterval(offset) }
        let warnings = loaded.warnings.map { "\($0.range.file): warning: \($0.message) [\($0.code)]" }

        if request.resume {
            var id = request.session ?? ""
            if request.session == nil { id = try interruptedSession(of: contact, digest: loaded.digest, in: data) }
            do {
                let session = try CallSession.resume(
                    id: id, context: context, data: data, gatePolicy: gatePolicy,
                    clock: clock, repairTruncatedLog: true, auditKey: request.auditKey)
                return PreparedCall(session: session, resumed: true, warnings: warnings)
            } catch { throw RunnerFailure(error) }
        }
        let decision = Gates.evaluate(
            machine: loaded.machine, contact: contact, data: data, policy: gatePolicy, at: request.now)
        do {
            let session = try CallSession.start(
                id: newSessionID(at: request.now), context: context, gates: decision, data: data,
                gatePolicy: gatePolicy, clock: clock, auditKey: request.auditKey)
            return PreparedCall(session: session, resumed: false, warnings: warnings)
        } catch {
            switch error {
            case .callRefused:
                let lines = decision.refusals.map { "error: call refused by \($0.rule): \($0.reason)" }
                throw RunnerFailure(
                    lines.joined(separator: "\n")
                        + "\n  = note: checked at \(decision.localTime); the refusal is in the audit log, no call was started",
                    exitCode: 1)
            case .auditTruncated(let path, _):
                throw RunnerFailure(
                    error.description
                        + "\n  = help: an earlier call stopped mid-write: continue it with --resume (it repairs the log), or run `callscript audit repair \(path)`",
                    exitCode: 1)
            default: throw RunnerFailure(error)
            }
        }
    }

    /// Loads a `.call` script (compiling it) or a compiled machine file, proven as of `today`.
    public static func loadMachine(_ path: String, on today: CalendarDate, colored: Bool = false) throws(RunnerFailure)
        -> LoadedMachine
    {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), !isFolder.boolValue else {
            throw RunnerFailure(
                "error: no such script: \(path)\n  = help: pass a .call script or a compiled machine .json", exitCode: 2
            )
        }
        let name = URL(fileURLWithPath: path).lastPathComponent
        if path.hasSuffix(".call") {
            let result = Compiler.compile(path: path, options: CompileOptions(checkDate: today))
            guard !result.hasErrors, let machine = result.machine else {
                let errors = result.diagnostics.filter { $0.severity == .error }.count
                let text = TextRenderer(sources: result.sources, colored: colored).render(result.diagnostics)
                throw RunnerFailure(
                    text + "error: cannot run \(path): the script has \(errors) error\(errors == 1 ? "" : "s")",
                    exitCode: 1)
            }
            do { return try MachineLoader.load(machine, file: name, on: today) } catch { throw RunnerFailure(error) }
        }
        do { return try MachineLoader.load(contentsOf: URL(fileURLWithPath: path), on: today) } catch {
            throw RunnerFailure(error)
        }
    }

    /// Reads the contact file and checks it has every field the script needs.
    public static func loadContact(_ path: String, machine: Machine) throws(RunnerFailure) -> Contact {
        let url = URL(fileURLWithPath: path)
        guard FileManager.default.fileExists(atPath: path) else {
            throw RunnerFailure("error: no such contact file: \(path)", exitCode: 2)
        }
        do {
            let contact = try Contact.load(url)
            _ = try contact.values(for: machine, file: url.lastPathComponent)
            return contact
        } catch { throw RunnerFailure(error) }
    }

    /// The newest unfinished session of `contact` on this machine in the data folder.
    public static func interruptedSession(of contact: Contact, digest: String, in data: DataFolder)
        throws(RunnerFailure) -> String
    {
        let manager = FileManager.default
        let files =
            (try? manager.contentsOfDirectory(
                at: data.sessions, includingPropertiesForKeys: [.contentModificationDateKey])) ?? []
        var found: [(id: String, modified: Date)] = []
        var otherMachine = false
        for file in files where file.pathExtension == "json" {
            guard let bytes = manager.contents(atPath: file.path),
                let snapshot = try? SessionSnapshot.decode(bytes, file: file.lastPathComponent),
                snapshot.contact == contact.id, snapshot.phase != "ended"
            else { continue }
            guard snapshot.machineDigest == digest else {
                otherMachine = true
                continue
            }
            let modified =
                (try? file.resourceValues(forKeys: [.contentModificationDateKey]).contentModificationDate)
                ?? .distantPast
            found.append((snapshot.session, modified))
        }
        guard let newest = found.max(by: { $0.modified < $1.modified }) else {
            var message = "error: no interrupted call for contact '\(contact.id)' in \(data.root.path)"
            if otherMachine {
                message +=
                    "\n  = note: there is one made with another version of the script; resume with the same script"
            }
            throw RunnerFailure(message + "\n  = help: start a new call without --resume", exitCode: 1)
        }
        return newest.id
    }

    /// `call-20261130-090000-3fa2c1`: readable, sortable and unique enough for one data folder.
    public static func newSessionID(at now: Date) -> String {
        let stamp = LocalDateTime(now, in: TimeZone(identifier: "UTC") ?? .current).description
            .replacingOccurrences(of: "-", with: "").replacingOccurrences(of: ":", with: "").replacingOccurrences(
                of: "T", with: "-")
        let random = UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: "").prefix(6)
        return "call-\(stamp)-\(random)"
    }

    /// `--now`: `2026-11-30T10:00` on the wall clock of `timeZone`, or a full ISO 8601 instant.
    public static func parseNow(_ text: String, timeZone: String) -> Date? {
        if let instant = ISO8601DateFormatter().date(from: text) { return instant }
        guard let local = LocalDateTime(text), let zone = TimeZone(identifier: timeZone) else { return nil }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        return calendar.date(
            from: DateComponents(
                year: local.date.year, month: local.date.month, day: local.date.day,
                hour: local.hour, minute: local.minute))
    }
}
