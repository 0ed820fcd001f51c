import CallscriptConsole
import CallscriptDiagnostics
import CallscriptIO
import CallscriptInput
import CallscriptPostgresStore
import CallscriptRuntime
import Foundation

/// `callscript run SCRIPT --contact FILE --agent NAME`: the agent's call screen.
struct RunCommand: Command {
    let name = "run"
    let summary = "Run a call for an agent: gates, the lines to read, answers, captures, events, audit trail."
    let usage = "callscript run [options] SCRIPT --contact FILE --agent NAME"
    let discussion = """
        SCRIPT is a .call script (compiled and proven first) or a compiled machine .json. The
        pre-call gates run first; a refused call says which gate refused and why (exit 1).
        On the call screen: Enter after reading a line, 1-9 for the person's answer, type a
        capture and Enter; o objection, v voicemail, c complaint, m minor, h hung up (pressed
        twice to confirm), q suspend, ? help. On a capture screen type the key after a slash
        (/o). With --answers FILE the call runs from a file instead (the input lines of a
        .calltest test, one per line: continue, answer 2, answer "Ja", capture VALUE, event
        objection, suspend, # comments) and prints a plain transcript. Exit status: 0 the call ended (or was suspended), 1
        refused by a gate, the script, contact or log refuses, or the answers do not fit,
        2 usage or I/O error. See Docs/runner.md.
        """
    let options: [OptionSpec] = [
        .value("--contact", "FILE", help: "The contact file (JSON, see Docs/data-formats.md)."),
        .value("--agent", "NAME", help: "Your name as you say it on the phone ({agent})."),
        .value(
            "--data", "DIR", help: "The data folder with the objection list and audit log (default: ./callscript-data)."
        ),
        .value("--store", "URL", help: StoreOption.help),
        .value("--answers", "FILE", help: "Run non-interactively from this answers file and print a transcript."),
        .flag("--resume", help: "Continue this contact's interrupted call where it stopped."),
        .value("--session", "ID", help: "With --resume: the session to continue (default: the newest unfinished one)."),
        .value(
            "--resume-window", "MINUTES",
            help: "With --resume: how long after its last step a call may continue (default: 30, at most 1440)."),
        .flag("--practice", help: "A practice call in its own data folder, marked as practice (every entry says so)."),
        .value(
            "--now", "YYYY-MM-DDTHH:MM",
            help:
                "With --practice: the simulated time the gates read, on Amsterdam's clock, or with Z or an offset (2026-11-30T10:00-05:00); records keep the real clock."
        ),
        .value("--color", "auto|always|never", help: "Colour the screen (default: auto; NO_COLOR disables)."),
        .value(
            "--audit-key", "FILE",
            help: "Seal the audit log with a checkpoint at the call's end (default: $CALLSCRIPT_AUDIT_KEY)."),
    ]

    func run(_ args: Arguments, _ console: Console) throws -> Int32 {
        guard args.positionals.count == 1, let script = args.positionals.first else {
            throw UsageError(message: "run takes exactly one script")
        }
        guard let contact = args.value("--contact") else { throw UsageError(message: "missing --contact FILE") }
        guard let agent = args.value("--agent") else { throw UsageError(message: "missing --agent NAME") }
        if args.value("--session") != nil, !args.has("--resume") {
            throw UsageError(message: "--session needs --resume")
        }
        if args.value("--resume-window") != nil, !args.has("--resume") {
            throw UsageError(message: "--resume-window needs --resume")
        }
        var window = CallSession.defaultResumeWindow
        if let text = args.value("--resume-window") {
            guard let minutes = Int(text), (1...1440).contains(minutes) else {
                throw UsageError(
                    message:
                        "invalid value '\(text)' for --resume-window; expected whole minutes from 1 to 1440, e.g. 30")
            }
            window = TimeInterval(minutes * 60)
        }
        // `--now` is Dutch wall-clock time (the shipped policy with fixed hours is Dutch).
        let policy = GatePolicy.netherlands
        var now: Date?
        if let text = args.value("--now") {
            switch CallSetup.parseNow(text, timeZone: policy.timeZone) {
            case .success(let parsed): now = parsed
            case .failure(let problem): throw UsageError(message: "invalid value '\(text)' for --now: \(problem)")
            }
        }
        let mode = try args.choice("--color", in: ["auto", "always", "never"], default: "auto")
        let colors = Console.detect(mode: mode)
        try StoreOption.checkExclusive(args)
        let store = try args.value("--store").map { url throws -> any RecordStore in try StoreOption.open(url) }
        // With --store, messages and the resume hint name the store (without its password).
        let data =
            store.map { ($0 as? PostgresRecordStore)?.name ?? $0.auditName } ?? args.value("--data")
            ?? "callscript-data"
        let storeOption = store == nil ? "--data \(data)" : "--store \(data)"
        let key: AuditKey?
        // The key must not sit in the data folder; a database store has no folder to check.
        let keyFolder = store == nil ? URL(fileURLWithPath: data) : nil
        do { key = try auditKey(args, option: "--audit-key", outside: keyFolder) } catch {
            return console.report(error)
        }

        // A malformed answers file is refused before anything is recorded.
        var answers: [InputLine]?
        var answersSources: [String: SourceFile] = [:]
        var answersEnd = SourceRange.wholeFile("answers")
        if let path = args.value("--answers") {
            let bytes: [UInt8]
            switch InputFile.read(path) {
            case .success(let read): bytes = read
            case .failure(let problem): return console.report(.inputUnreadable(path: path, problem: problem))
            }
            let source = SourceFile(path: path, bytes: [UInt8](bytes))
            let (lines, diagnostics) = AnswersFile.parse(source)
            if !diagnostics.isEmpty {
                console.err(TextRenderer(sources: [path: source], colored: colors.colorErr).render(diagnostics))
            }
            guard !diagnostics.contains(where: { $0.severity == .error }) else { return ExitCode.failure }
            answers = lines
            answersSources = [path: source]
            answersEnd = source.range(source.bytes.count, source.bytes.count)
        }

        let request = RunRequest(
            script: script, contact: contact, agent: agent, data: data, now: now, practice: args.has("--practice"),
            resume: args.has("--resume"), resumeWindow: window, session: args.value("--session"),
            colored: colors.colorErr, auditKey: key, store: store)
        let prepared: PreparedCall
        do { prepared = try CallSetup.prepare(request) } catch {
            console.report(error.diagnostics, sources: error.sources)
            return error.exitCode
        }
        for warning in prepared.warnings { console.err(warning + "\n") }
        var session = prepared.session
        let practice = args.has("--practice") ? " --practice" : ""
        let resume = "callscript run \(script) --contact \(contact) --agent \(agent) \(storeOption)\(practice) --resume"

        if let answers {
            let machine = session.context.loaded.machine.script.name
            console.out(
                "call \(session.id) · \(machine) · contact \(session.context.contact.id) · agent \(session.context.agent)\(args.has("--practice") ? " · practice" : "")\(prepared.resumed ? " · resumed" : "")\n"
            )
            // Shown when the call starts; a resumed call showed it when it began.
            if !prepared.resumed, let source = session.basisSource { console.out("source: \(source)\n") }
            switch AnswersRunner.run(&session, answers: answers, endOfFile: answersEnd, write: console.out) {
            case .ended: return ExitCode.ok
            case .suspended(let line, let state):
                console.err(
                    "call suspended at \(state ?? "the end") (answers line \(line)); continue with: \(resume)\n")
                return ExitCode.ok
            case .misfit(var diagnostic):
                if let state = session.state.phase.stateID {
                    diagnostic.notes.append("the call waits at \(state); continue with: \(resume)")
                }
                console.err(TextRenderer(sources: answersSources, colored: colors.colorErr).render([diagnostic]))
                return ExitCode.failure
            case .stopped(let failure, let state):
                console.report(stopped(failure, at: state, resume: resume))
                return ExitCode.usage
            }
        }

        var terminal = TerminalConsole()
        defer { terminal.restore() }
        let style = ScreenStyle(color: colors.colorOut, width: TerminalConsole.width)
        let stop = RunnerLoop.run(&session, terminal: &terminal, style: style)
        terminal.restore()
        switch stop {
        case .ended: return ExitCode.ok
        case .suspended(let state):
            console.out(
                "\ncall suspended at \(state ?? "the end"); everything confirmed is saved.\ncontinue with: \(resume)\n")
            return ExitCode.ok
        case .inputClosed(let state):
            console.err(
                "\ninput ended before the call did; it waits at \(state ?? "the end"). continue with: \(resume)\n")
            return ExitCode.failure
        case .stopped(let failure, let state):
            console.err("\n")
            console.report(stopped(failure, at: state, resume: resume))
            return ExitCode.usage
        }
    }

    /// The error that stopped a call, with where it stopped and how to continue.
    private func stopped(_ failure: RuntimeError, at state: String?, resume: String) -> [Diagnostic] {
        var diagnostics = failure.diagnostics
        if !diagnostics.isEmpty {
            diagnostics[diagnostics.count - 1].notes.append(
                "the call stopped safely at \(state ?? "the end"); fix the problem, then: \(resume)")
        }
        return diagnostics
    }
}
