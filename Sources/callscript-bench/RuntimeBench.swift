import CallscriptCompiler
import CallscriptGenerator
import CallscriptMachine
import CallscriptRuntime
import Foundation

/// Runtime figures: the pure step function, sessions with their audit trail, and many live
/// sessions in one process.
struct RuntimeResult: Codable {
    var machineStates: Int
    var stepFunctionStepsPerSecond: Double
    /// Sessions writing records, audit entries and the session file, fsync'd after each write.
    var sessionFlushedStepsPerSecond: Double
    /// The same on a memory file system (`/dev/shm`), where fsync costs nothing: everything
    /// but the disk.
    var sessionUnflushedStepsPerSecond: Double
    var liveSessions: Int
    /// Resident memory added per live session (machine shared), in bytes.
    var bytesPerLiveSession: Double
    /// Resident memory added per bare session state with its own call context, in bytes.
    var bytesPerSessionState: Double
    /// Starting every live session (gate and start entries, first line), per second.
    var sessionStartsPerSecond: Double
    /// Steps per second while all live sessions take turns (audit logging to `/dev/shm`).
    var interleavedStepsPerSecond: Double
}

struct RuntimeBench {
    var runs: Int
    var folder: URL
    var checkDate: CalendarDate
    var sessions: Int
    /// Stop after the step function (for profiling it alone).
    var stepOnly = false
    var log: (String) -> Void

    /// A Tuesday morning in Amsterdam, inside the calling hours.
    static let callTime = Date(timeIntervalSince1970: 1_772_528_400) // 2026-03-03 09:00 UTC

    func run() throws -> RuntimeResult {
        let files = ScriptGenerator(steps: 1_000, seed: 7).generate()
        guard let main = files[ScriptGenerator.mainFile] else { throw BenchError("generator gave no main script") }
        var others = files
        others[ScriptGenerator.mainFile] = nil
        let compiled = Compiler.compile(
            source: main, path: ScriptGenerator.mainFile, files: others, options: CompileOptions(checkDate: checkDate))
        guard let machine = compiled.machine, !compiled.hasErrors else {
            throw BenchError("runtime script does not compile")
        }
        let loaded = try MachineLoader.load(Data(CanonicalJSON.pretty(machine)), file: "bench.json", on: checkDate)
        let contact = Self.contact(0)
        let context = try CallContext(loaded: loaded, contact: contact, agent: "Sanne")

        // The pure step function.
        let stepCount = 200_000
        let pure = Measure.median(runs: runs) {
            var driver = Driver(seed: 1)
            var state = Stepper.start(context).state
            for _ in 0..<stepCount {
                if state.isEnded {
                    state = Stepper.start(context).state
                    continue
                }
                if let next = try? Stepper.step(state, driver.input(state, loaded), context) { state = next.state }
            }
            consume(state)
        }
        log("  step function: \(Int(Double(stepCount) / pure)) steps/s")
        if stepOnly { throw BenchError("stopped after the step function (--only step)") }

        let flushed = try sessionSteps(context, root: folder.appendingPathComponent("data-disk"), steps: 200)
        log("  session, fsync on disk: \(Int(flushed)) steps/s")
        let shm = URL(fileURLWithPath: "/dev/shm/callscript-bench-\(getpid())")
        defer { try? FileManager.default.removeItem(at: shm) }
        let unflushed = try sessionSteps(context, root: shm.appendingPathComponent("single"), steps: 2_000)
        log("  session, /dev/shm: \(Int(unflushed)) steps/s")

        // Memory is the growth of resident memory over the second half of the sessions: the
        // first half takes up what earlier work freed, which would hide its cost.
        let half = max(1, sessions / 2)
        // Bare states with their own context: what a host keeps per call besides the machine.
        var states: [(CallContext, SessionState)] = []
        states.reserveCapacity(sessions)
        var before = 0
        for i in 0..<sessions {
            if i == half {
                FreedMemory.release()
                before = Measure.residentBytes()
            }
            let ctx = try CallContext(loaded: loaded, contact: Self.contact(i), agent: "Sanne")
            states.append((ctx, Stepper.start(ctx).state))
        }
        let perState = Double(Measure.residentBytes() - before) / Double(sessions - half)
        consume(states)
        states = []

        // Live sessions with audit trail and session files, all in this process.
        let data = DataFolder(root: shm.appendingPathComponent("many"))
        let gates = try Self.passedGates()
        var beforeLive = 0
        var live: [CallSession] = []
        live.reserveCapacity(sessions)
        let clock = ContinuousClock()
        let startAt = clock.now
        for i in 0..<sessions {
            if i == half {
                FreedMemory.release()
                beforeLive = Measure.residentBytes()
            }
            let ctx = try CallContext(loaded: loaded, contact: Self.contact(i), agent: "Sanne")
            live.append(
                try CallSession.start(id: "s\(i)", context: ctx, gates: gates, data: data, clock: .fixed(Self.callTime))
            )
        }
        let startSeconds = Measure.seconds(clock.now - startAt)
        let perSession = Double(Measure.residentBytes() - beforeLive) / Double(sessions - half)
        log("  \(sessions) live sessions: \(Int(perSession)) bytes each")

        var driver = Driver(seed: 3)
        var steps = 0
        let turnsAt = clock.now
        for _ in 0..<5 {
            for i in live.indices where !live[i].state.isEnded {
                try? live[i].perform(driver.input(live[i].state, loaded))
                steps += 1
            }
        }
        let interleaved = Double(steps) / Measure.seconds(clock.now - turnsAt)
        consume(live)

        return RuntimeResult(
            machineStates: machine.states.count, stepFunctionStepsPerSecond: Double(stepCount) / pure,
            sessionFlushedStepsPerSecond: flushed, sessionUnflushedStepsPerSecond: unflushed, liveSessions: sessions,
            bytesPerLiveSession: perSession, bytesPerSessionState: perState,
            sessionStartsPerSecond: Double(sessions) / startSeconds, interleavedStepsPerSecond: interleaved)
    }

    /// Steps per second of sessions under `root` (a new call whenever one ends; starting a
    /// call is not counted).
    private func sessionSteps(_ context: CallContext, root: URL, steps: Int) throws -> Double {
        let data = DataFolder(root: root)
        defer { try? FileManager.default.removeItem(at: root) }
        let gates = try Self.passedGates()
        var driver = Driver(seed: 2)
        var calls = 0
        func newCall() throws -> CallSession {
            calls += 1
            return try CallSession.start(
                id: "c\(calls)", context: context, gates: gates, data: data, clock: .fixed(Self.callTime))
        }
        var rates: [Double] = []
        let clock = ContinuousClock()
        for _ in 0..<runs {
            var session = try newCall()
            var spent = Duration.zero
            var done = 0
            while done < steps {
                if session.state.isEnded {
                    session = try newCall()
                    continue
                }
                let input = driver.input(session.state, context.loaded)
                let start = clock.now
                try? session.perform(input)
                spent += clock.now - start
                done += 1
            }
            rates.append(Double(steps) / Measure.seconds(spent))
        }
        return Measure.middle(rates)
    }

    /// A decision that lets the call go ahead: the gates read the records before a call and
    /// are not what is measured here.
    static func passedGates() throws -> GateDecision {
        let json =
            #"{"results":[{"rule":"NL-GATE-BASIS","passed":true,"reason":"benchmark"}],"localTime":"2026-03-03T10:00"}"#
        return try JSONDecoder().decode(GateDecision.self, from: Data(json.utf8))
    }

    static func contact(_ i: Int) -> Contact {
        Contact(
            id: "K-\(100_000 + i)", phone: "+31 6 \(10_000_000 + i)",
            fields: ["first_name": "Anna", "age": "\(30 + i % 50)", "customer_since": "2019-05-01"])
    }
}

/// Picks a valid input for the phase, deterministically: continue a line, a pseudo-random
/// answer, a value of the field's type.
struct Driver {
    private var rng: UInt64

    init(seed: UInt64) { rng = seed &* 0x9E37_79B9_7F4A_7C15 | 1 }

    private mutating func below(_ n: Int) -> Int {
        rng ^= rng << 13
        rng ^= rng >> 7
        rng ^= rng << 17
        return Int(rng % UInt64(max(1, n)))
    }

    mutating func input(_ state: SessionState, _ loaded: LoadedMachine) -> SessionInput {
        switch state.phase {
        case .showingLine, .ended: return .continue
        case .awaitingAnswer(let id):
            let count = loaded.index.index(of: id).map { loaded.index[$0].transitions.count } ?? 1
            return .answer(below(count))
        case .awaitingCapture(let id):
            let field = loaded.index.index(of: id).flatMap { loaded.index[$0].field } ?? ""
            switch loaded.fields[field]?.type.kind {
            case .email: return .capture("anna@example.nl")
            case .choice: return .capture(loaded.fields[field]?.type.choices?.first ?? "")
            case .datetime: return .capture("2026-03-10T14:00")
            case .date: return .capture("2026-03-10")
            case .number: return .capture("3")
            default: return .capture("te vaak gebeld")
            }
        }
    }
}
