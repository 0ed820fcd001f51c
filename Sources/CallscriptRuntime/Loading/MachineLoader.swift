import CallscriptCompliance
import CallscriptDiagnostics
import CallscriptIO
import CallscriptMachine
import Foundation

/// A machine that passed every load check, with its lookups resolved once.
public struct LoadedMachine: Sendable {
    public let machine: Machine
    /// The index of the graph the validator and the proof walked. The graph itself is not kept:
    /// every live call holds a copy of this struct, and running needs only the index.
    public let index: MachineIndex
    public let policy: Policy
    /// Fields by name.
    public let fields: [String: Field]
    /// Handler entry positions by event name.
    public let handlers: [String: Int]
    /// Verifier warnings (errors refuse the machine).
    public let warnings: [Diagnostic]
    /// Each state's text parsed once; nil when the text has no placeholder (shown as it is).
    let templates: [Template?]
    /// Each condition's literal read as a value once, by state and transition; nil where a
    /// transition has no condition.
    let conditions: [[CompiledCondition?]]

    public var digest: String { machine.digest }
}

/// Loads compiled machines for running: decodes, validates the graph, checks the digest and
/// proves the machine under its policy, unless it was proven in this process already (a
/// `ProvenMachine`). Never uses the parser.
public enum MachineLoader {
    /// Loads machine JSON; `file` is the path shown in errors, `date` the day rules are checked on.
    public static func load(_ data: Data, file: String, on date: CalendarDate) throws(RuntimeError) -> LoadedMachine {
        // Over the limit: refused by the decoder before the bytes are copied.
        if data.count > MachineLimits.maximumBytes, case .failure(let errors) = MachineDecoding.decode(data, file: file)
        {
            throw .machine(errors)
        }
        return try load(bytes: [UInt8](data), file: file, on: date)
    }

    /// Decodes, then validates and proves while the file's layout digest is hashed on the
    /// other core (see `MachineDecoding.decodeForLoading(_:file:then:)`).
    private static func load(bytes: [UInt8], file: String, on date: CalendarDate) throws(RuntimeError)
        -> LoadedMachine
    {
        let decoding = try MachineDecoding.decodeForLoading(bytes, file: file) {
            machine, layoutDigest throws(RuntimeError) in
            try load(machine, file: file, on: date, layoutDigest: layoutDigest)
        }
        switch decoding {
        case .success(let loaded): return loaded
        case .failure(let errors): throw .machine(errors)
        }
    }

    /// Loads a machine file from disk.
    public static func load(contentsOf url: URL, on date: CalendarDate) throws(RuntimeError) -> LoadedMachine {
        try load(path: url.path, on: date)
    }

    /// Loads a machine file from disk; read errors name the path as given.
    public static func load(path: String, on date: CalendarDate) throws(RuntimeError) -> LoadedMachine {
        // Up to the machine limit, not the reader's default: a 100,000-step machine is 140 MB.
        switch InputFile.read(path, limit: MachineLimits.maximumBytes) {
        case .success(let bytes):
            let file = (path as NSString).lastPathComponent
            return try load(bytes: bytes, file: file, on: date)
        case .failure(.notFound): throw .scriptNotFound(path: path)
        case .failure(let problem): throw .machineUnreadable(path: path, problem: problem)
        }
    }

    /// Checks an already decoded machine (tests and tools that build machines in memory).
    public static func load(_ machine: Machine, file: String, on date: CalendarDate) throws(RuntimeError)
        -> LoadedMachine
    {
        try load(machine, file: file, on: date) { nil }
    }

    /// `layoutDigest`: the digest of the file's own bytes (see `MachineDecoding.decodeForLoading`);
    /// when it equals the recorded digest the machine need not be written again to check it.
    /// It is asked for only after the proof, so hashing overlaps validating and proving; the
    /// problems are still reported in the order validation, digest, policy, proof.
    private static func load(
        _ machine: Machine, file: String, on date: CalendarDate, layoutDigest: () -> String?
    ) throws(RuntimeError) -> LoadedMachine {
        let whole = SourceRange.wholeFile(file)
        let graph: MachineGraph
        switch MachineValidator.validated(machine, file: file) {
        case .success(let g): graph = g
        case .failure(let errors): throw .machine(errors)
        }
        let policy = Policies.named(machine.script.policy)
        // The run's lookups need only the graph: on a large machine they are built on another
        // core while the proof runs here.
        let lookups = machine.states.count >= RunLookups.backgroundStates ? BackgroundWork { RunLookups(graph) } : nil
        let proof = policy.map { Verifier.prove(graph, policy: $0, on: date) }
        let layout = layoutDigest()
        if layout == nil || layout != machine.digest { try checkDigest(machine, file: file) }
        guard let policy, let proof else {
            throw .machine(
                MachineErrors([
                    Diagnostic(
                        .machineUnknownPolicy, "machine names unknown policy '\(machine.script.policy)'", at: whole,
                        notes: ["known policies: \(Policies.all.map(\.id).joined(separator: ", "))"])
                ]))
        }
        guard let proven = proof.proven else {
            let errors = proof.errors
            let summary = Diagnostic(
                .machineFailsPolicy,
                "machine fails \(errors.count) rule\(errors.count == 1 ? "" : "s") of policy '\(policy.id)'", at: whole,
                help: "fix the script and recompile; the runner only runs proven scripts")
            throw .machine(MachineErrors([summary] + errors))
        }
        return resolved(proven.graph, policy: policy, warnings: proven.warnings, lookups: lookups?.value())
    }

    /// Loads a machine proven in this process (compiled by `callscript run x.call`): validated
    /// on the proof's graph and its digest checked, but not proven again and its index not
    /// built again. There is no date to pass: the proof's own check date stands.
    public static func load(_ proven: ProvenMachine, file: String) throws(RuntimeError) -> LoadedMachine {
        let problems = MachineValidator.validate(proven.graph, file: file)
        if !problems.isEmpty { throw .machine(MachineErrors(problems)) }
        try checkDigest(proven.machine, file: file)
        return resolved(proven.graph, policy: proven.policy, warnings: proven.warnings)
    }

    private static func checkDigest(_ machine: Machine, file: String) throws(RuntimeError) {
        let expected = CanonicalJSON.digest(machine)
        guard expected == machine.digest else {
            throw .machine(
                MachineErrors([
                    Diagnostic(
                        .machineDigestMismatch, "machine digest does not match its content", at: .wholeFile(file),
                        notes: [
                            "recorded \(machine.digest.isEmpty ? "(none)" : machine.digest)", "computed \(expected)",
                        ],
                        help: "the file was edited after compiling; recompile the script")
                ]))
        }
    }

    /// Resolves lookups without proving the policy. Internal on purpose: hosts only ever run
    /// proven machines; tests use it to check the step function's defences on machines the
    /// verifier would refuse (no objection handler, say).
    static func unverified(_ machine: Machine) -> LoadedMachine? {
        guard case .success(let graph) = MachineValidator.validated(machine, file: "test"),
            let policy = Policies.named(machine.script.policy)
        else { return nil }
        return resolved(graph, policy: policy, warnings: [])
    }

    private static func resolved(
        _ graph: MachineGraph, policy: Policy, warnings: [Diagnostic], lookups: RunLookups? = nil
    ) -> LoadedMachine {
        let lookups = lookups ?? RunLookups(graph)
        return LoadedMachine(
            machine: graph.index.machine, index: graph.index, policy: policy, fields: lookups.fields,
            handlers: lookups.handlers, warnings: warnings, templates: lookups.templates,
            conditions: lookups.conditions)
    }
}
