import CallscriptCompiler
import CallscriptDiagnostics
import CallscriptMachine
import CallscriptReports
import CallscriptRuntime
import Foundation

/// How a run of script tests is set up.
public struct ScriptTestOptions: Sendable {
    /// Only tests whose name contains this text (case-insensitive) run.
    public var filter: String?
    /// The moment the run started: the clock of tests without `now`, and the day dated rules
    /// are checked on when the file has no `now`/`date`.
    public var startedAt: Date
    /// Where each test's temporary data folder is made (and removed after the test).
    public var temporaryFolder: URL
    /// Keep each test's records in its result (`ScriptTestCaseResult.records`), for comparing runs.
    public var keepRecords: Bool

    public init(
        filter: String? = nil, startedAt: Date = Date(), temporaryFolder: URL = FileManager.default.temporaryDirectory,
        keepRecords: Bool = false
    ) {
        self.filter = filter
        self.startedAt = startedAt
        self.temporaryFolder = temporaryFolder
        self.keepRecords = keepRecords
    }
}

/// Runs `.calltest` files on the real runtime and gathers coverage per script. A value: it
/// keeps the compiled scripts so several test files of one script compile it once.
public struct ScriptTestSuite: Sendable {
    public let options: ScriptTestOptions
    /// Coverage per script (display path), merged over every file run so far, in run order.
    public private(set) var coverage: [ScriptCoverage] = []
    private var compiled: [String: Compiled] = [:]

    private struct Compiled: Sendable {
        var result: CompileResult
        var loaded: Result<LoadedMachine, RuntimeError>?
    }

    public init(options: ScriptTestOptions = ScriptTestOptions()) { self.options = options }

    /// Runs every test of the file at `path` (as the user wrote it).
    public mutating func run(source: SourceFile) -> ScriptTestFileResult {
        let path = source.path
        var sources = [path: source]
        let (parsed, parseDiagnostics) = ScriptTestParser.parse(source)
        guard let file = parsed else {
            return ScriptTestFileResult(path: path, script: nil, diagnostics: parseDiagnostics, sources: sources)
        }
        let scriptPath = ScriptTestPaths.join(folderOf: path, file.script)
        var diagnostics = parseDiagnostics
        func invalid(_ d: [Diagnostic]) -> ScriptTestFileResult {
            ScriptTestFileResult(
                path: path, script: scriptPath, diagnostics: Diagnostic.sortedForOutput(diagnostics + d),
                sources: sources)
        }
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: scriptPath, isDirectory: &isFolder), !isFolder.boolValue else {
            return invalid([
                Diagnostic(
                    .testScriptNotFound, "script '\(file.script)' not found", at: file.scriptRange,
                    notes: ["looked for \(scriptPath)"],
                    help: "write the script's path relative to this test file, e.g. script \"../winback.call\"")
            ])
        }
        let zone = TimeZone(identifier: GatePolicy.netherlands.timeZone) ?? .gmt
        let day = file.settings.now?.date ?? LocalDateTime(options.startedAt, in: zone).date
        let key = "\(scriptPath)@\(day)"
        var entry =
            compiled[key]
            ?? Compiled(result: Compiler.compile(path: scriptPath, options: CompileOptions(checkDate: day)))
        for (p, f) in entry.result.sources { sources[ArtifactPaths.resolve(p, mainScript: scriptPath)] = f }
        if entry.loaded == nil, let machine = entry.result.machine, !entry.result.hasErrors {
            do throws(RuntimeError) {
                let name = (scriptPath as NSString).lastPathComponent
                // Proven by the compilation just made: not proven again.
                if let proven = entry.result.proven {
                    entry.loaded = .success(try MachineLoader.load(proven, file: name))
                } else {
                    entry.loaded = .success(try MachineLoader.load(machine, file: name, on: day))
                }
            } catch { entry.loaded = .failure(error) }
        }
        compiled[key] = entry
        guard case .success(let loaded)? = entry.loaded else {
            let errors = entry.result.diagnostics.filter { $0.severity == .error }.map {
                ArtifactPaths.rebase($0, mainScript: scriptPath)
            }
            var notes = ["checked as of \(day)"]
            if case .failure(let failure)? = entry.loaded { notes.append(failure.summary) }
            return invalid(
                [
                    Diagnostic(
                        .testScriptInvalid,
                        "script '\(file.script)' does not compile (\(errors.count) error\(errors.count == 1 ? "" : "s"))",
                        at: file.scriptRange, notes: notes,
                        help: "fix the script first; `callscript check \(scriptPath)` shows the problems")
                ] + errors)
        }
        diagnostics += TestNameCheck.check(file, machine: loaded)
        if diagnostics.contains(where: { $0.severity == .error }) { return invalid([]) }

        var coverage = ScriptCoverage(script: scriptPath, machine: loaded.machine)
        // Origins run before the tests that continue them; each continuing test starts from a
        // copy of its origin's call at the checkpoint instead of playing the prefix again.
        let schedule = TestSchedule(file.tests, filter: options.filter)
        var checkpoints: [String: TestCheckpoint] = [:]
        var ran: [Int: ScriptTestCaseResult] = [:]
        for k in schedule.order {
            let test = file.tests[k]
            let began = Date()
            var run = CaseRun(
                steps: Array(test.steps.prefix(schedule.stepLimit[k])), wanted: schedule.wanted[k],
                keepRecords: options.keepRecords)
            var notRun: String?
            var failure: TestFailure?
            if let origin = test.from {
                if let checkpoint = checkpoints[origin.checkpoint] {
                    failure = continueCase(test, from: checkpoint, run: &run, coverage: &coverage)
                } else {
                    notRun = Self.notReached(origin, file.tests[origin.test], ran[origin.test])
                }
            } else {
                failure = runCase(test, file: file, loaded: loaded, run: &run, coverage: &coverage)
            }
            checkpoints.merge(run.reached) { _, new in new }
            ran[k] = ScriptTestCaseResult(
                name: test.name, range: test.range, failure: failure, seconds: Date().timeIntervalSince(began),
                notRun: notRun, records: run.records)
        }
        let results = file.tests.indices.compactMap { schedule.reported[$0] ? ran[$0] : nil }
        if let i = self.coverage.firstIndex(where: { $0.script == scriptPath && $0.machine.digest == loaded.digest }) {
            self.coverage[i].merge(coverage)
        } else {
            self.coverage.append(coverage)
        }
        return ScriptTestFileResult(
            path: path, script: scriptPath, diagnostics: diagnostics, sources: sources, results: results,
            coverage: coverage)
    }

    /// What one test runs, and what it leaves for others: the checkpoints it reached and its records.
    private struct CaseRun {
        var steps: [TestStep]
        /// Checkpoints of this test that other tests continue.
        var wanted: Set<String>
        var keepRecords: Bool
        var reached: [String: TestCheckpoint] = [:]
        var records: TestRecords?

        /// Runs the steps on `execution`, keeping the checkpoints reached and, if asked, the records.
        mutating func perform(_ execution: inout TestExecution) -> TestFailure? {
            var reached: [String: TestCheckpoint] = [:]
            let failure = execution.run(steps, wanted: wanted) { name, call in reached[name] = TestCheckpoint(call) }
            self.reached = reached
            if keepRecords { records = TestRecords(execution.data) }
            return failure
        }
    }

    /// Why a continuing test did not run: its origin did not reach the checkpoint.
    private static func notReached(_ origin: TestOrigin, _ test: ScriptTestCase, _ result: ScriptTestCaseResult?)
        -> String
    {
        // Where the checkpoint is set, so the reader can jump to it.
        let at = test.steps.indices.contains(origin.step) ? test.steps[origin.step].range : origin.range
        let position = "\(at.file):\(at.start.line)"
        var reason = "test '\(test.name)' did not reach checkpoint '\(origin.checkpoint)' (\(position))"
        if let failure = result?.failure {
            reason += ": it failed at line \(failure.range.start.line) (\(failure.message))"
        } else if let earlier = result?.notRun {
            reason += ": it did not run either (\(earlier))"
        }
        return reason
    }

    /// Continues the call of `checkpoint` in a fresh data folder holding the records as they
    /// stood there, then runs the test's own steps.
    private func continueCase(
        _ test: ScriptTestCase, from checkpoint: TestCheckpoint, run: inout CaseRun, coverage: inout ScriptCoverage
    ) -> TestFailure? {
        let folder = options.temporaryFolder.appendingPathComponent("callscript-test-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let data = DataFolder(root: folder)
        var execution: TestExecution
        do throws(RuntimeError) {
            try data.prepare()
            execution = try checkpoint.continued(on: data, coverage: coverage)
        } catch {
            return TestFailure(
                range: test.from?.range ?? test.range, message: "the call cannot be continued here",
                actual: error.summary)
        }
        let failure = run.perform(&execution)
        coverage = execution.coverage
        return failure
    }

    /// Sets up the contact, a fresh data folder, the gates and the session, then runs the steps.
    private func runCase(
        _ test: ScriptTestCase, file: ScriptTestFile, loaded: LoadedMachine, run: inout CaseRun,
        coverage: inout ScriptCoverage
    ) -> TestFailure? {
        let settings = file.settings.overridden(by: test.settings)
        let zone = TimeZone(identifier: GatePolicy.netherlands.timeZone) ?? .gmt
        let instant = settings.now.map { ScriptTestPaths.instant($0, in: zone) } ?? options.startedAt
        var fields: [String: String] = [:]
        // `language` picks the call's translation even when the script does not declare it.
        for (name, value) in settings.contact where loaded.fields[name] != nil || name == CallContext.languageField {
            fields[name] = value.text
        }
        let contact = Contact(
            id: "test-contact", phone: PhoneNumber.normalize(settings.phone ?? "") ?? "+31612345678", fields: fields,
            lastPurchase: settings.contact["last_purchase"].flatMap { CalendarDate($0.text) },
            contractEnd: settings.contact["contract_end"].flatMap { CalendarDate($0.text) },
            legalForm: settings.contact["legal_form"]?.text)
        func setupFailure(_ message: String, _ actual: String) -> TestFailure {
            TestFailure(range: test.range, message: message, actual: actual)
        }
        let context: CallContext
        do throws(RuntimeError) {
            context = try CallContext(loaded: loaded, contact: contact, agent: settings.agent ?? "Agent")
        } catch {
            return setupFailure("the contact does not fit the script", error.summary)
        }
        let folder = options.temporaryFolder.appendingPathComponent("callscript-test-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let data = DataFolder(root: folder)
        do throws(RuntimeError) {
            try data.prepare()
            try Self.write(
                settings.given, contact: contact, company: loaded.machine.script.company, data: data, at: instant)
        } catch { return setupFailure("the test's data folder cannot be prepared", error.summary) }
        let decision: GateDecision
        if settings.gates == true {
            decision = Gates.evaluate(
                machine: loaded.machine, contact: contact, data: data, policy: .for(loaded.policy), at: instant)
        } else {
            guard let skipped = Self.skippedGates(localTime: LocalDateTime(instant, in: zone).description) else {
                return setupFailure("the call cannot start", "the skipped gate decision cannot be built")
            }
            decision = skipped
        }
        let session: CallSession
        do throws(RuntimeError) {
            session = try CallSession.start(
                id: "test", context: context, gates: decision, data: data, clock: .fixed(instant))
        } catch {
            guard case .callRefused = error else { return setupFailure("the call cannot start", error.summary) }
            return Self.refusedCall(test, decision: decision)
        }
        var execution = TestExecution(
            loaded: loaded, context: context, data: data, session: session, coverage: coverage)
        let failure = run.perform(&execution)
        coverage = execution.coverage
        return failure
    }

    /// The decision logged when gates are off: one passed entry saying they were not checked.
    static func skippedGates(localTime: String) -> GateDecision? {
        GateDecision(
            results: [
                GateResult(
                    rule: "script-test", passed: true, reason: "gates are not checked in script tests (no `gates on`)")
            ],
            localTime: localTime)
    }

    /// A refused call passes only `expect call refused` lines (naming refusing gates).
    private static func refusedCall(_ test: ScriptTestCase, decision: GateDecision) -> TestFailure? {
        let refused = decision.refusals.map(\.rule)
        for step in test.steps {
            // A refused call reaches no checkpoint: the tests that continue it do not run.
            if case .checkpoint = step.action { continue }
            guard case .expect(.callRefused(let rule)) = step.action else {
                return TestFailure(
                    range: step.range, message: "the gates refused the call", actual: decision.summary,
                    help:
                        "add `given consent \"telemarketing\"` or a `now` within calling hours, or expect call refused")
            }
            if let rule, !refused.contains(rule) {
                return TestFailure(
                    range: step.range, message: "expected the call refused by \(rule)", expected: rule,
                    actual: decision.summary)
            }
        }
        return nil
    }

    private static func write(
        _ given: [GivenRecord], contact: Contact, company: String, data: DataFolder, at instant: Date
    ) throws(RuntimeError) {
        let zone = TimeZone(identifier: GatePolicy.netherlands.timeZone) ?? .gmt
        let time = LocalDateTime(instant, in: zone).description + ":00Z"
        for record in given {
            switch record {
            case .objection: try ObjectionList(path: data.objectionList.path).append(contact.phone)
            case .consent(let purpose):
                try ConsentRegister(path: data.consentRegister.path).append(
                    ConsentRecord(
                        person: contact.id, phone: contact.phone,
                        company: company, purpose: purpose, time: time, script: "given", agent: "given",
                        verifiedBy: "given", verifiedAt: ISO8601DateFormatter().string(from: instant)))
            case .callback(let at):
                try CallbackList(path: data.callbackList.path).append(
                    CallbackRecord(
                        person: contact.id, phone: contact.phone, at: at,
                        timeZone: GatePolicy.netherlands.timeZone, company: company, script: "given", agent: "given",
                        session: "given", time: time))
            }
        }
    }
}

/// Paths as people typed them, joined and cleaned without touching the disk.
public enum ScriptTestPaths {
    /// `folder-of(testFile)/relative`, with `.` and `..` removed where possible; absolute paths stay.
    public static func join(folderOf testFile: String, _ relative: String) -> String {
        if relative.hasPrefix("/") { return clean(relative) }
        let folder = (testFile as NSString).deletingLastPathComponent
        return clean(folder.isEmpty ? relative : folder + "/" + relative)
    }

    /// The path with `.` and `a/..` segments removed, lexically.
    public static func clean(_ path: String) -> String {
        let absolute = path.hasPrefix("/")
        var parts: [Substring] = []
        for part in path.split(separator: "/") {
            if part == "." || part.isEmpty { continue }
            if part == "..", let last = parts.last, last != ".." {
                parts.removeLast()
            } else if part == "..", absolute, parts.isEmpty {
                continue
            } else {
                parts.append(part)
            }
        }
        let joined = parts.joined(separator: "/")
        return absolute ? "/" + joined : (joined.isEmpty ? "." : joined)
    }

    /// `relative` path from `folder` to `target` (both as typed, from the same working folder).
    public static func relative(from folder: String, to target: String) -> String {
        let cwd = FileManager.default.currentDirectoryPath
        func absolute(_ p: String) -> [Substring] { clean(p.hasPrefix("/") ? p : cwd + "/" + p).split(separator: "/") }
        let a = absolute(folder)
        let b = absolute(target)
        var common = 0
        while common < a.count, common < b.count, a[common] == b[common] { common += 1 }
        let up = Array(repeating: "..", count: a.count - common)
        let parts = up + b[common...].map(String.init)
        return parts.isEmpty ? "." : parts.joined(separator: "/")
    }

    /// The instant of a wall-clock time in `zone`.
    public static func instant(_ time: LocalDateTime, in zone: TimeZone) -> Date {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        let components = DateComponents(
            year: time.date.year, month: time.date.month, day: time.date.day, hour: time.hour, minute: time.minute)
        return calendar.date(from: components) ?? Date(timeIntervalSince1970: Double(time.minutesSinceEpoch) * 60)
    }
}
