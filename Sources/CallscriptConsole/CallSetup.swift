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
    /// A simulated time for the gates (`--now`); nil uses the real clock. Only in practice.
    public var now: Date?
    /// A practice call (`--practice`): its own data folder, marked as practice.
    public var practice: Bool
    /// Continue the interrupted call of this contact instead of starting one.
    public var resume: Bool
    /// How long after its last step a call may be resumed.
    public var resumeWindow: TimeInterval
    /// The session to resume, when there is more than one.
    public var session: String?
    /// The gate settings; nil takes them from the policy the script names.
    public var gatePolicy: GatePolicy?
    /// Colour compiler diagnostics.
    public var colored: Bool
    /// Signs a checkpoint at the call's end (nil: none is written).
    public var auditKey: AuditKey?
    /// The record store; nil is the file store in `data`. `data` then names the store in
    /// messages.
    public var store: (any RecordStore)?

    public init(
        script: String, contact: String, agent: String, data: String, now: Date? = nil, practice: Bool = false,
        resume: Bool = false, resumeWindow: TimeInterval = CallSession.defaultResumeWindow, session: String? = nil,
        gatePolicy: GatePolicy? = nil, colored: Bool = false, auditKey: AuditKey? = nil,
        store: (any RecordStore)? = nil
    ) {
        self.auditKey = auditKey
        self.script = script
        self.contact = contact
        self.agent = agent
        self.data = data
        self.now = now
        self.practice = practice
        self.resume = resume
        self.resumeWindow = resumeWindow
        self.session = session
        self.gatePolicy = gatePolicy
        self.colored = colored
        self.store = store
    }
}

/// Why a call did not start (or resume): diagnostics (the compiler's for a script with
/// errors, then the runtime's) and the exit status (1 for a script, contact, gate or log that
/// refuses; 2 for usage and I/O).
public struct RunnerFailure: Error, Sendable, CustomStringConvertible {
    public var diagnostics: [Diagnostic]
    /// Source files of compiler diagnostics, for excerpts.
    public var sources: [String: SourceFile]
    public var exitCode: Int32
    /// Whether `message` is coloured.
    public var colored: Bool

    public init(
        _ diagnostics: [Diagnostic], sources: [String: SourceFile] = [:], exitCode: Int32, colored: Bool = false
    ) {
        self.diagnostics = diagnostics
        self.sources = sources
        self.exitCode = exitCode
        self.colored = colored
    }

    init(_ error: RuntimeError) { self.init(error.diagnostics, exitCode: error.exitCode) }

    /// The full text for standard error, without a final newline.
    public var message: String {
        let renderer = TextRenderer(sources: sources, colored: colored)
        var out = diagnostics.map { renderer.render($0) }.joined()
        if out.hasSuffix("\n") { out.removeLast() }
        return out
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
        let store = request.store ?? FileRecordStore(DataFolder(root: URL(fileURLWithPath: request.data)))
        // Practice first: a simulated time never reaches a real data folder, not even its gates.
        let clock = try practiceClock(request, store)
        let now = clock.gateTime()
        // The day dated rules are proven on is read in the Dutch zone until the policy is known.
        let zone = TimeZone(identifier: (request.gatePolicy ?? .netherlands).timeZone) ?? .current
        let today = LocalDateTime(now, in: zone).date
        let loaded = try loadMachine(request.script, on: today, colored: request.colored)
        let gatePolicy = request.gatePolicy ?? GatePolicy.for(loaded.policy)
        let contact = try loadContact(request.contact, machine: loaded.machine)
        let agent = request.agent.trimmingCharacters(in: .whitespaces)
        guard !agent.isEmpty else { throw RunnerFailure(.agentNameEmpty) }
        let context: CallContext
        do { context = try CallContext(loaded: loaded, contact: contact, agent: agent) } catch {
            throw RunnerFailure(error)
        }
        var warnings = loaded.warnings.map { "\($0.range.file): warning: \($0.message) [\($0.code)]" }
        do { warnings += try store.prepare() } catch { throw RunnerFailure(error) }

        if request.resume {
            var id = request.session ?? ""
            if request.session == nil { id = try interruptedSession(of: contact, digest: loaded.digest, in: store) }
            do {
                let session = try CallSession.resume(
                    id: id, context: context, store: store, gatePolicy: gatePolicy, clock: clock,
                    window: request.resumeWindow, repairTruncatedLog: true, auditKey: request.auditKey)
                return PreparedCall(session: session, resumed: true, warnings: warnings)
            } catch { throw RunnerFailure(error) }
        }
        let decision = Gates.evaluate(
            machine: loaded.machine, contact: contact, store: store, policy: gatePolicy, at: now)
        do {
            let session = try CallSession.start(
                id: newSessionID(at: clock.now()), context: context, gates: decision, store: store,
                gatePolicy: gatePolicy, clock: clock, auditKey: request.auditKey)
            return PreparedCall(session: session, resumed: false, warnings: warnings)
        } catch { throw RunnerFailure(error) }
    }

    /// The clock of the call: the real clock; in practice (a folder marked as practice, made
    /// so on first use) with the simulated time of `--now` for the gates. Refuses a simulated
    /// time on a real folder, practice on a folder with real records, and real calls on a
    /// practice folder.
    static func practiceClock(_ request: RunRequest, _ store: any RecordStore) throws(RunnerFailure) -> RuntimeClock {
        do {
            return try store.callClock(practice: request.practice, simulated: request.now, shownAs: request.data)
        } catch {
            throw RunnerFailure(error)
        }
    }

    /// Loads a `.call` script (compiling it) or a compiled machine file, proven as of `today`.
    public static func loadMachine(_ path: String, on today: CalendarDate, colored: Bool = false) throws(RunnerFailure)
        -> LoadedMachine
    {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
            throw RunnerFailure(.scriptNotFound(path: path))
        }
        if isFolder.boolValue { throw RunnerFailure(.machineUnreadable(path: path, problem: .isFolder)) }
        let name = URL(fileURLWithPath: path).lastPathComponent
        if path.hasSuffix(".call") {
            let result = Compiler.compile(path: path, options: CompileOptions(checkDate: today))
            guard !result.hasErrors, let machine = result.machine else {
                let errors = result.diagnostics.filter { $0.severity == .error }.count
                let summary = RuntimeError.scriptHasErrors(path: path, errors: errors)
                throw RunnerFailure(
                    result.diagnostics + summary.diagnostics, sources: result.sources, exitCode: summary.exitCode,
                    colored: colored)
            }
            do {
                // Compiled and proven just now: loaded without a second proof or index.
                if let proven = result.proven { return try MachineLoader.load(proven, file: name) }
                return try MachineLoader.load(machine, file: name, on: today)
            } catch { throw RunnerFailure(error) }
        }
        do { return try MachineLoader.load(path: path, on: today) } catch {
            throw RunnerFailure(error)
        }
    }

    /// Reads the contact file and checks it has every field the script needs.
    public static func loadContact(_ path: String, machine: Machine) throws(RunnerFailure) -> Contact {
        do {
            let contact = try Contact.load(path: path)
            _ = try contact.values(for: machine, file: path)
            return contact
        } catch { throw RunnerFailure(error) }
    }

    /// The newest unfinished session of `contact` on this machine in the store.
    public static func interruptedSession(of contact: Contact, digest: String, in store: any RecordStore)
        throws(RunnerFailure) -> String
    {
        let sessions: [SavedSession]
        do { sessions = try store.unfinishedSessions(contact: contact.id) } catch { throw RunnerFailure(error) }
        guard let newest = sessions.first(where: { $0.snapshot.machineDigest == digest }) else {
            let folder = (store as? FileRecordStore)?.folder.root.path ?? store.auditName
            throw RunnerFailure(
                .noInterruptedCall(contact: contact.id, folder: folder, otherMachine: !sessions.isEmpty))
        }
        return newest.snapshot.session
    }

    /// `call-20261130-090000-3fa2c1`: readable, sortable and unique enough for one data folder.
    public static func newSessionID(at now: Date) -> String {
        let stamp = LocalDateTime(now, in: TimeZone(identifier: "UTC") ?? .current).description
            .replacingOccurrences(of: "-", with: "").replacingOccurrences(of: ":", with: "").replacingOccurrences(
                of: "T", with: "-")
        let random = UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: "").prefix(6)
        return "call-\(stamp)-\(random)"
    }

    /// `--now`: `2026-11-30T10:00` (optionally `:SS`) on the wall clock of `timeZone`, or an
    /// instant with `Z` or an offset (`2026-11-30T10:00:00+01:00`). Years 2000 to 2100,
    /// offsets within ±14:00, real calendar dates; why not otherwise.
    public static func parseNow(_ text: String, timeZone: String) -> Result<Date, NowError> {
        let chars = Array(text.utf8)
        func number(_ from: Int, _ count: Int) -> Int? {
            guard from + count <= chars.count else { return nil }
            let slice = chars[from..<(from + count)]
            guard slice.allSatisfy({ (0x30...0x39).contains($0) }) else { return nil }
            return Int(String(decoding: slice, as: UTF8.self))
        }
        func at(_ i: Int, _ c: Character) -> Bool { i < chars.count && chars[i] == c.asciiValue }
        let shape = NowError("'\(text)' is not a time; expected YYYY-MM-DDTHH:MM, e.g. 2026-11-30T10:00")
        guard let year = number(0, 4), at(4, "-"), let month = number(5, 2), at(7, "-"), let day = number(8, 2),
            at(10, "T"), let hour = number(11, 2), at(13, ":"), let minute = number(14, 2)
        else { return .failure(shape) }
        var i = 16
        var second = 0
        if at(i, ":") {
            guard let s = number(i + 1, 2) else { return .failure(shape) }
            second = s
            i += 3
        }
        var offset: Int?
        if at(i, "Z") {
            offset = 0
            i += 1
        } else if at(i, "+") || at(i, "-") {
            guard let h = number(i + 1, 2), at(i + 3, ":"), let m = number(i + 4, 2) else { return .failure(shape) }
            guard m < 60, h * 60 + m <= 14 * 60 else {
                return .failure(NowError("offset in '\(text)' is outside -14:00 to +14:00"))
            }
            offset = (h * 60 + m) * (at(i, "-") ? -1 : 1)
            i += 6
        }
        guard i == chars.count else { return .failure(shape) }
        guard (2000...2100).contains(year) else {
            return .failure(NowError("year \(year) in '\(text)' is outside 2000 to 2100"))
        }
        guard (1...12).contains(month), day >= 1, day <= CalendarDate.daysIn(month: month, year: year) else {
            return .failure(NowError("'\(text)' is not a date in the calendar"))
        }
        guard hour < 24, minute < 60, second < 60 else {
            return .failure(NowError("'\(text)' is not a time of day (00:00 to 23:59)"))
        }
        guard let zone = offset.map({ TimeZone(secondsFromGMT: $0 * 60) }) ?? TimeZone(identifier: timeZone) else {
            return .failure(NowError("time zone '\(timeZone)' is unknown on this system"))
        }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        guard
            let date = calendar.date(
                from: DateComponents(year: year, month: month, day: day, hour: hour, minute: minute, second: second))
        else { return .failure(shape) }
        return .success(date)
    }
}

/// Why a `--now` value is refused.
public struct NowError: Error, Hashable, Sendable, CustomStringConvertible {
    public var description: String
    init(_ description: String) { self.description = description }
}
