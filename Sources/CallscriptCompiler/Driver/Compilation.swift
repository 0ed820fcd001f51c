import CallscriptCompliance
import CallscriptDiagnostics
import CallscriptMachine
import Foundation

/// What `check` and `compile` ask of the compiler.
public struct CompileOptions: Sendable {
    /// The date dated policy rules are checked on (`--on`); today by default.
    public var checkDate: CalendarDate
    /// Run the compliance verifier after lowering (off only for tools that want the bare machine).
    public var verify: Bool
    /// Fill in the machine's digests (SHA-256 of each source file and of the canonical JSON).
    /// Only a machine that is written or run needs them; `check` turns this off and gets a
    /// machine whose `digest` and source hashes are empty.
    public var seal: Bool

    /// The maxima of file size, line length, steps and so on (CS0400-CS0419).
    public var limits: ScriptLimits
    /// Read, check and carry the translation files beside the script (`winback.en.po`). Off
    /// for `strings extract`, which must work while a translation is out of date.
    public var translations = true
    /// After lowering a script of `largeScriptBytes` or more, hand the freed tree's pages back
    /// to the system (`FreedMemory`), so they do not stay resident beside the machine. On for
    /// the command line, whose peak memory this sets; off by default, since it changes the
    /// allocator of the whole process (a server or a benchmark that allocates again at once
    /// would only pay the page faults).
    public var releasesFreedMemory = false

    public init(
        checkDate: CalendarDate = .today(), verify: Bool = true, seal: Bool = true, limits: ScriptLimits = .standard
    ) {
        self.checkDate = checkDate
        self.verify = verify
        self.seal = seal
        self.limits = limits
    }
}

/// How long one phase of a compilation took (for the benchmark and `--verbose` tools).
public struct PhaseTiming: Sendable, Hashable {
    /// `load` (read, lex and parse every file), `check`, `flow`, `lower`, `translate`, `seal` or `verify`.
    public var phase: String
    public var duration: Duration
    /// The CPU time of the compiling thread in the phase: on shared cores the wall time also
    /// counts the waits for a core, which grow with the length of the work.
    public var cpu: Duration = .zero
    /// The CPU time of every thread of the process in the phase. The verifier proves its rules
    /// on several threads, of which the compiling thread does only a share that varies from run
    /// to run; where one compilation runs alone (the bench), this is the whole phase's work.
    public var processCPU: Duration = .zero

    public init(phase: String, duration: Duration, cpu: Duration = .zero, processCPU: Duration = .zero) {
        self.phase = phase
        self.duration = duration
        self.cpu = cpu
        self.processCPU = processCPU
    }

    /// This thread's CPU time so far.
    static func threadCPU() -> Duration { cpuClock(CLOCK_THREAD_CPUTIME_ID) }

    /// The whole process's CPU time so far.
    static func processCPU() -> Duration { cpuClock(CLOCK_PROCESS_CPUTIME_ID) }

    private static func cpuClock(_ id: clockid_t) -> Duration {
        var t = timespec()
        clock_gettime(id, &t)
        return .seconds(t.tv_sec) + .nanoseconds(t.tv_nsec)
    }
}

/// Everything one compilation produced.
public struct CompileResult: Sendable {
    /// The compiled machine, sealed unless `CompileOptions.seal` was off; nil when there were
    /// errors that prevent lowering.
    /// Compliance errors do not prevent lowering: the machine is returned with them.
    public var machine: Machine?
    /// All diagnostics (syntax, semantic, flow, compliance), sorted for output.
    public var diagnostics: [Diagnostic]
    /// Every source file read, by display path, so renderers can show the source lines.
    /// Display paths are relative to the main script's folder (`winback.call`, `shared/closing.call`).
    public var sources: [String: SourceFile]
    /// The main script's folder as the user wrote it (`campaigns`, or "" for the working
    /// directory); join it with a display path to show a path the user can open.
    public var folder: String
    /// The phases that ran, in order, with their wall-clock durations.
    public var timings: [PhaseTiming]
    /// The machine as the verifier proved it, with the graph the proof walked: set when the
    /// machine was sealed and verified and no diagnostic is an error. The runner loads it
    /// without proving it again (`MachineLoader.load(_:file:)`).
    public var proven: ProvenMachine?
    /// Findings the script let through with a reason (`# callscript: allow sales-wording "..."`),
    /// not among `diagnostics`; a certificate lists them.
    public var silenced: [SilencedFinding]
    /// The lowering's transitions of `machine` as positions (nil when there is no machine): the
    /// verifier's graph is built from these; tools that build it again use them too.
    public var edges: MachineEdges?

    public init(
        machine: Machine?, diagnostics: [Diagnostic], sources: [String: SourceFile], folder: String = "",
        timings: [PhaseTiming] = [], proven: ProvenMachine? = nil, silenced: [SilencedFinding] = []
    ) {
        self.proven = proven
        self.silenced = silenced
        self.machine = machine
        self.diagnostics = diagnostics
        self.sources = sources
        self.folder = folder
        self.timings = timings
    }

    public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }

    /// A display path as the user would type it from the working directory.
    public func userPath(_ displayPath: String) -> String {
        folder.isEmpty ? displayPath : (folder.hasSuffix("/") ? folder + displayPath : folder + "/" + displayPath)
    }
}

/// The whole pipeline for one main script: read -> lex/parse (with `use` files) -> check
/// names and types -> check flow -> lower -> seal -> verify.
public enum Compiler {
    /// The version string written into machines and printed by `--version`.
    public static let version = "0.1.0"
    /// From this much source on, freed memory is handed back after lowering (`FreedMemory`).
    static let largeScriptBytes = 4 * 1024 * 1024

    /// Compiles the script at `path` (as the user wrote it; used for display).
    public static func compile(path: String, options: CompileOptions = CompileOptions()) -> CompileResult {
        let url = URL(fileURLWithPath: path)
        let folder = url.deletingLastPathComponent()
        let typedFolder = (path as NSString).deletingLastPathComponent
        let root: ProjectRoot?
        switch ProjectRoot.find(from: folder) {
        case .none: root = nil
        case .found(let found): root = found
        case .invalid(let file, let reason):
            // Shown relative to the script's folder, as every other display path.
            let marker = ProjectRoot(folder: file.deletingLastPathComponent())
            let climbs = marker.components(of: folder)?.count ?? 0
            let shown = String(repeating: "../", count: climbs) + ProjectRoot.fileName
            let problem = Diagnostic(
                .invalidProjectRoot, "the project root file '\(shown)' cannot be used: \(reason)",
                at: .wholeFile(shown),
                help: "write a JSON object such as {\"name\": \"Belcentrum campagnes\"}, or {} for no settings")
            return CompileResult(machine: nil, diagnostics: [problem], sources: [:], folder: typedFolder)
        }
        let disk = DiskSources(folder: folder, maximumFileBytes: options.limits.maximumFileBytes, projectRoot: root)
        return compile(main: url.lastPathComponent, from: disk, folder: typedFolder, options: options)
    }

    /// Compiles a script held in memory, for tests, the language server and fuzzers.
    /// `path` is the main script's name; `files` holds the files it may `use`, keyed by path
    /// relative to the main script's folder.
    public static func compile(
        source: String, path: String = "main.call", files: [String: String] = [:],
        options: CompileOptions = CompileOptions()
    ) -> CompileResult {
        var texts = files
        texts[path] = source
        return compile(main: path, from: InMemorySources(texts: texts), options: options)
    }

    /// Compiles the main script `main` (a path relative to the provider's folder).
    public static func compile(
        main: String, from provider: some SourceProvider, folder: String = "",
        options: CompileOptions = CompileOptions()
    ) -> CompileResult {
        let clock = ContinuousClock()
        var timings: [PhaseTiming] = []
        var diagnostics: [Diagnostic] = []
        func mark() -> (wall: ContinuousClock.Instant, cpu: Duration, process: Duration) {
            (clock.now, PhaseTiming.threadCPU(), PhaseTiming.processCPU())
        }
        func finish(_ phase: String, since start: (wall: ContinuousClock.Instant, cpu: Duration, process: Duration)) {
            timings.append(
                PhaseTiming(
                    phase: phase, duration: clock.now - start.wall, cpu: PhaseTiming.threadCPU() - start.cpu,
                    processCPU: PhaseTiming.processCPU() - start.process))
        }
        func timed<T>(_ phase: String, _ body: () -> T) -> T {
            let start = mark()
            let value = body()
            finish(phase, since: start)
            return value
        }

        var sources: [String: SourceFile] = [:]
        var silenced: [SilencedFinding] = []
        func result(_ machine: Machine?, proven: ProvenMachine? = nil) -> CompileResult {
            CompileResult(
                machine: machine, diagnostics: Diagnostic.sortedForOutput(diagnostics), sources: sources,
                folder: folder,
                timings: timings, proven: proven, silenced: silenced)
        }
        // Everything up to the machine in a function of its own: the trees and the checked
        // program end with it, so they are not held beside the machine and its graph while the
        // verifier runs (they were most of the peak memory of `check`).
        func front() -> (
            machine: Machine, edges: MachineEdges, policy: Policy?, allow: [AllowDirective], optout: [Diagnostic]
        )? {
            var loaded = timed("load") { Loader.load(main: main, from: provider, limits: options.limits) }
            diagnostics = loaded.diagnostics
            for file in loaded.files { sources[file.path] = file.source }
            guard !loaded.files.isEmpty else { return nil }

            // The checker owns the trees from here: it empties their item lists once their
            // declarations are in its tables, which frees them only if nothing else holds
            // the same arrays (held here as well, they were 19 MB of the peak at 100,000 steps).
            let (program, checkDiagnostics) = timed("check") {
                var files: [LoadedFile] = []
                swap(&files, &loaded.files)
                return Checker.check(consume files, missingUses: loaded.missingUses)
            }
            diagnostics += checkDiagnostics
            diagnostics += LimitChecks(limits: options.limits).check(program)
            diagnostics += timed("flow") { FlowChecks.check(program) }
            let allow = AllowDirective.collect(program.files, policy: program.policy)
            diagnostics += allow.errors
            guard !diagnostics.contains(where: { $0.severity == .error }) else { return nil }
            let policy = program.policy
            let optout = options.verify && policy != nil ? OptoutStatementForm.warnings(program) : []
            let releases =
                options.releasesFreedMemory
                && sources.values.reduce(0, { $0 + $1.bytes.count }) >= Self.largeScriptBytes
            let lowering = mark()
            let lowered = Lowering.lower(
                consume program, compiler: "callscript \(version)", hashSources: options.seal,
                releasesFreedMemory: releases)
            finish("lower", since: lowering)
            guard let lowered else { return nil }
            // The tree is gone: for a large script, give its pages back before the machine's
            // graph is built, or they stay resident and set the peak.
            if releases { FreedMemory.release() }

            // Translations beside the script: checked against the lowered lines, then carried.
            let (translationFiles, unreadable) =
                options.translations ? TranslationFiles.load(main: main, from: provider) : ([], [])
            for file in translationFiles { sources[file.path] = file.source }
            let translated = timed("translate") {
                TranslationCheck.attach(lowered.machine, translationFiles, hashSources: options.seal)
            }
            diagnostics += unreadable + translated.diagnostics
            guard !diagnostics.contains(where: { $0.severity == .error }) else { return nil }
            let machine = options.seal ? timed("seal") { CanonicalJSON.sealed(translated.machine) } : translated.machine
            return (machine, lowered.edges, policy, allow.directives, optout)
        }
        guard let lowered = front() else { return result(nil) }
        let machine = lowered.machine
        guard options.verify, let policy = lowered.policy else {
            var unverified = result(machine)
            unverified.edges = lowered.edges
            return unverified
        }
        // The graph from the lowering's edges (translating and sealing keep the states as they
        // are): building it reads no state and hashes no ID.
        let proof = timed("verify") {
            Verifier.prove(MachineGraph(machine, edges: lowered.edges), policy: policy, on: options.checkDate)
        }
        let shown = AllowDirective.apply(lowered.allow, to: proof.findings + lowered.optout)
        diagnostics += shown.kept
        silenced = shown.silenced
        let clean = options.seal && !diagnostics.contains { $0.severity == .error }
        var verified = result(machine, proven: clean ? proof.proven : nil)
        verified.edges = lowered.edges
        return verified
    }
}
