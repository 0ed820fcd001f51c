import CallscriptCompiler
import CallscriptCompliance
import CallscriptDiagnostics
import CallscriptMachine
import Foundation

/// `callscript certify`: what was proven about one version of a script, for the principal and
/// the regulator. Plain data; `CertificateHTML` prints it, `encoded()` gives the JSON described
/// by `Docs/schemas/certificate.schema.json`.
///
/// A certificate is keyed by the machine digest: the same sources, compiler and check date give
/// the same bytes (it carries no issue time), so it can be archived and compared.
public struct Certificate: Sendable, Hashable, Codable {
    /// Always `callscript-certificate`.
    public var format = "callscript-certificate"
    public var formatVersion = 1
    public var script: Header
    public var policy: PolicyInfo
    /// The day dated rules were checked for (`--on`), `YYYY-MM-DD`.
    public var checkedOn: String
    /// `callscript 0.1.0`.
    public var compiler: String
    /// SHA-256 of the machine's canonical JSON: the machine the runner will refuse to run if changed.
    public var digest: String
    public var sources: [Source]
    /// `proven` when no rule is broken, else `broken`.
    public var verdict: String
    public var summary: Summary
    /// Every rule of the policy in its order, then every run-time gate.
    public var rules: [RuleEntry]

    /// The script header.
    public struct Header: Sendable, Hashable, Codable {
        /// The campaign: the script's name.
        public var campaign: String
        public var company: String
        public var principal: String?
        public var version: Int?
        public var callerID: String
        public var sector: String
        public var audience: String
        public var language: String?
    }

    public struct PolicyInfo: Sendable, Hashable, Codable {
        public var id: String
        public var title: String
        /// SHA-256 (first 16 hex digits) of the rules' IDs, severities and documentation: it
        /// changes whenever any rule this certificate rests on changes.
        public var version: String
    }

    public struct Source: Sendable, Hashable, Codable {
        public var path: String
        public var sha256: String
    }

    public struct Summary: Sendable, Hashable, Codable {
        public var proven: Int
        public var broken: Int
        public var warnings: Int
        /// Rules whose only findings were silenced on their line with a reason.
        public var silenced: Int
        public var enforcedAtRunTime: Int
    }

    public struct RuleEntry: Sendable, Hashable, Codable {
        public var id: String
        public var title: String
        /// `error` or `warning`; absent for a run-time gate.
        public var severity: String?
        public var verdict: RuleVerdict
        public var dated: Bool
        public var requires: String
        /// What the checker proves (the `explain` text).
        public var proves: String
        /// The legal source.
        public var source: String
        public var findings: [Finding]
        /// Findings silenced with `# callscript: allow ...`, each with its reason.
        public var silenced: [Silenced]
    }

    /// A finding the designer silenced on its line, and why.
    public struct Silenced: Sendable, Hashable, Codable {
        public var message: String
        public var file: String
        public var line: Int
        public var reason: String
    }

    public struct Finding: Sendable, Hashable, Codable {
        public var severity: String
        public var message: String
        public var file: String
        public var line: Int
        public var column: Int
        /// Where the conversation starts: `start`, or the event whose handler the agent started
        /// (`complaint`); absent for header and content rules.
        public var entry: String?
        /// The shortest conversation that breaks the rule; empty for header and content rules.
        public var conversation: [Turn]
    }

    /// One step of a counterexample conversation.
    public struct Turn: Sendable, Hashable, Codable {
        public var state: String
        /// The statement as written (`ask convenient`, `pitch`, `on objection`).
        public var statement: String
        /// What the agent reads, as a template (`{voornaam}` kept).
        public var text: String?
        /// The answer or branch taken (`"Nee"`, `if pakket == geen`), absent for `next`.
        public var choice: String?
    }

    /// The certificate of a compilation that produced a machine; nil when it did not (errors
    /// that prevent lowering) or its policy is unknown. `mainScript` is the path as the user
    /// wrote it, so file names read from the working folder.
    public static func make(_ result: CompileResult, mainScript: String, checkedOn: CalendarDate) -> Certificate? {
        guard let machine = result.machine, let policy = RuleVerdicts.policy(of: machine) else { return nil }
        let outcomes = RuleVerdicts.outcomes(
            policy: policy, diagnostics: result.diagnostics, silenced: result.silenced)
        let states = Dictionary(machine.states.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let entries = outcomes.map { o in
            RuleEntry(
                id: o.id, title: o.documentation.title, severity: o.severity?.rawValue, verdict: o.verdict,
                dated: o.dated, requires: o.documentation.requires, proves: o.documentation.proves,
                source: o.documentation.source,
                findings: o.findings.map { finding($0, states: states, mainScript: mainScript) },
                silenced: o.silenced.map {
                    Silenced(
                        message: $0.finding.message,
                        file: ArtifactPaths.resolve($0.finding.range.file, mainScript: mainScript),
                        line: $0.finding.range.start.line, reason: $0.reason)
                })
        }
        let s = machine.script
        let count = { (v: RuleVerdict) in outcomes.filter { $0.verdict == v }.count }
        return Certificate(
            script: Header(
                campaign: s.name, company: s.company, principal: s.principal, version: s.version,
                callerID: s.callerID, sector: s.sector, audience: describe(s.audience), language: s.language),
            policy: PolicyInfo(id: policy.id, title: policy.title, version: fingerprint(policy)),
            checkedOn: checkedOn.description, compiler: machine.compiler, digest: machine.digest,
            sources: machine.sources.map {
                Source(path: ArtifactPaths.resolve($0.path, mainScript: mainScript), sha256: $0.sha256)
            },
            verdict: count(.broken) > 0 ? "broken" : "proven",
            summary: Summary(
                proven: count(.proven), broken: count(.broken), warnings: count(.warning),
                silenced: count(.silenced), enforcedAtRunTime: count(.enforcedAtRunTime)),
            rules: entries)
    }

    /// Pretty JSON with sorted keys.
    public func encoded() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(self)
    }

    /// `opt-in`, `customers 12 months`.
    static func describe(_ a: Audience) -> String {
        guard a.kind == .customers, let months = a.months else { return a.kind.rawValue }
        return "customers \(months) months"
    }

    /// A short digest of everything a rule says, so two certificates show whether the same rules were applied.
    public static func fingerprint(_ policy: Policy) -> String {
        var hash = SHA256()
        func add(_ s: String) { hash.update(Array(s.utf8) + [0]) }
        add(policy.id)
        for rule in policy.rules {
            let d = rule.documentation
            for part in [rule.id, rule.severity.rawValue, d.title, d.requires, d.source, d.proves] { add(part) }
        }
        for gate in policy.gates {
            for part in [gate.id, gate.documentation.title, gate.documentation.source] { add(part) }
        }
        return String(SHA256.hexString(hash.finalize()).prefix(16))
    }

    static func finding(_ d: Diagnostic, states: [String: State], mainScript: String) -> Finding {
        // A step whose choice is `on EVENT` is the statement where the agent started that handler.
        let turns = (d.path?.steps ?? []).map { step -> Turn in
            let state = states[step.state]
            return Turn(
                state: step.state, statement: state.map(statementName) ?? "", text: state?.text, choice: step.choice)
        }
        return Finding(
            severity: d.severity.rawValue, message: d.message,
            file: ArtifactPaths.resolve(d.range.file, mainScript: mainScript), line: d.range.start.line,
            column: d.range.start.column, entry: d.path?.entry, conversation: turns)
    }

    /// `ask convenient`, `disclose goods`: the statement as a designer writes it.
    static func statementName(_ s: State) -> String {
        if s.role == .disclose, let topic = s.topic { return "disclose \(topic)" }
        return s.role.keyword
    }
}
