import CallscriptCompiler
import CallscriptCompliance
import CallscriptDiagnostics
import CallscriptMachine
import Foundation

/// `callscript diff OLD NEW`: what changed for compliance between two versions of a script.
/// Plain data; `DiffRendering` gives text and Markdown, `encoded()` the JSON.
public struct ComplianceDiff: Sendable, Hashable, Codable {
    public var format = "callscript-diff"
    public var formatVersion = 1
    public var old: Side
    public var new: Side
    /// Header entries whose value changed.
    public var header: [HeaderChange]
    /// Rules whose verdict changed (a rule only one policy has counts as changed).
    public var rules: [RuleChange]
    /// Identify, convenient, disclose, optout and consent statements added, removed or reworded.
    public var statements: [StatementChange]
    /// Per ending (`end`, `hangup`, ...), the paths that lead to it in one version only.
    public var endings: [EndingChange]
    /// Handlers added, removed, or with different statements.
    public var handlers: [HandlerChange]
    /// True when a version has more paths than were listed; the path lists are then incomplete.
    public var pathsTruncated: Bool

    public struct Side: Sendable, Hashable, Codable {
        /// The file (or `REV:FILE`) as given.
        public var label: String
        public var campaign: String
        public var version: Int?
        public var policy: String
        public var digest: String
    }

    public struct HeaderChange: Sendable, Hashable, Codable {
        public var field: String
        public var old: String?
        public var new: String?
    }

    public struct RuleChange: Sendable, Hashable, Codable {
        public var id: String
        public var title: String
        /// Absent when the rule is not in that version's policy.
        public var old: RuleVerdict?
        public var new: RuleVerdict?
        /// What breaks it now, one message per finding in the new version.
        public var findings: [String]

        /// The change the pull request must not merge: a rule that held no longer does.
        public var isRegression: Bool { old == .proven && new == .broken }
    }

    public struct StatementChange: Sendable, Hashable, Codable {
        public enum Kind: String, Sendable, Hashable, Codable { case added, removed, changed }
        public var kind: Kind
        /// `identify`, `ask convenient`, `disclose purpose`, `optout`, `ask consent`, `transfer optout`.
        public var statement: String
        /// The step (or `on EVENT`) it is in.
        public var step: String
        /// The state ID in the new version (the old one when removed).
        public var state: String
        /// The text with the answers of a question (`yes "Ja" / no "Nee"`), per version.
        public var old: String?
        public var new: String?
    }

    public struct EndingChange: Sendable, Hashable, Codable {
        public var ending: String
        public var added: [String]
        public var removed: [String]
    }

    public struct HandlerChange: Sendable, Hashable, Codable {
        public enum Kind: String, Sendable, Hashable, Codable { case added, removed, changed }
        public var event: String
        public var kind: Kind
        /// The handler's statements, one line each, per version.
        public var old: [String]
        public var new: [String]
    }

    /// The rules that went from proven to broken.
    public var regressions: [RuleChange] { rules.filter(\.isRegression) }

    /// Nothing that matters for compliance changed.
    public var isEmpty: Bool {
        header.isEmpty && rules.isEmpty && statements.isEmpty && endings.isEmpty && handlers.isEmpty
    }

    /// The roles whose spoken text a compliance officer reviews: who calls, whether it is
    /// convenient, the disclosures, consent, and every form of the opt-out (any role named
    /// `...optout`, so a new form of the offer is reviewed too).
    static let reviewedRoles: Set<Role> = Set(
        Role.allCases.filter {
            [.identify, .askConvenient, .disclose, .optout, .askConsent, .transferOptout].contains($0)
                || $0.rawValue.hasSuffix("optout")
        })

    /// Compares two compilations that produced machines (`oldLabel`/`newLabel` name them).
    public init(
        old oldResult: CompileResult, _ oldMachine: Machine, label oldLabel: String,
        new newResult: CompileResult, _ newMachine: Machine, label newLabel: String
    ) {
        old = Self.side(oldMachine, oldLabel)
        new = Self.side(newMachine, newLabel)
        header = Self.headerChanges(oldMachine.script, newMachine.script)
        rules = Self.ruleChanges(oldResult, oldMachine, newResult, newMachine)
        statements = Self.statementChanges(oldMachine, newMachine)
        let oldPaths = EndingPaths(oldMachine)
        let newPaths = EndingPaths(newMachine)
        pathsTruncated = oldPaths.truncated || newPaths.truncated
        let endingsSeen = Set(oldPaths.byEnding.keys).union(newPaths.byEnding.keys).sorted()
        endings = endingsSeen.compactMap { ending in
            let a = oldPaths.byEnding[ending] ?? []
            let b = newPaths.byEnding[ending] ?? []
            let change = EndingChange(
                ending: ending, added: b.subtracting(a).sorted(), removed: a.subtracting(b).sorted())
            return change.added.isEmpty && change.removed.isEmpty ? nil : change
        }
        handlers = Self.handlerChanges(oldMachine, newMachine)
    }

    /// Pretty JSON with sorted keys.
    public func encoded() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(self)
    }

    static func side(_ m: Machine, _ label: String) -> Side {
        Side(
            label: label, campaign: m.script.name, version: m.script.version,
            policy: m.script.policy.isEmpty ? Policies.defaultID : m.script.policy, digest: m.digest)
    }

    static func headerChanges(_ a: ScriptInfo, _ b: ScriptInfo) -> [HeaderChange] {
        let fields: [(String, (ScriptInfo) -> String?)] = [
            ("script", { $0.name }), ("company", { $0.company }), ("principal", { $0.principal }),
            ("caller-id", { $0.callerID }), ("policy", { $0.policy.isEmpty ? Policies.defaultID : $0.policy }),
            ("sector", { $0.sector }), ("audience", { Certificate.describe($0.audience) }),
            ("language", { $0.language }), ("version", { $0.version.map(String.init) }),
        ]
        return fields.compactMap { name, value in
            value(a) == value(b) ? nil : HeaderChange(field: name, old: value(a), new: value(b))
        }
    }

    static func ruleChanges(_ a: CompileResult, _ ma: Machine, _ b: CompileResult, _ mb: Machine) -> [RuleChange] {
        let before = RuleVerdicts.policy(of: ma).map {
            RuleVerdicts.outcomes(policy: $0, diagnostics: a.diagnostics, silenced: a.silenced)
        }
        let after = RuleVerdicts.policy(of: mb).map {
            RuleVerdicts.outcomes(policy: $0, diagnostics: b.diagnostics, silenced: b.silenced)
        }
        let oldByID = Dictionary((before ?? []).map { ($0.id, $0) }, uniquingKeysWith: { x, _ in x })
        var seen: Set<String> = []
        var result: [RuleChange] = []
        // New policy order first, then rules only the old policy had.
        for o in (after ?? []) + (before ?? []) where seen.insert(o.id).inserted {
            let was = oldByID[o.id]
            let now = (after ?? []).first { $0.id == o.id }
            guard was?.verdict != now?.verdict else { continue }
            result.append(
                RuleChange(
                    id: o.id, title: o.documentation.title, old: was?.verdict, new: now?.verdict,
                    findings: (now?.findings ?? []).map(\.message)))
        }
        return result
    }

    /// Statements are matched by step, statement kind and their order among statements of that
    /// kind in the step, so inserting another statement does not look like rewording this one.
    static func reviewed(_ m: Machine) -> [String: (State, String)] {
        var result: [String: (State, String)] = [:]
        var ordinal: [String: Int] = [:]
        for s in m.states where reviewedRoles.contains(s.role) {
            let name = Certificate.statementName(s)
            let base = "\(s.step)\u{0}\(name)"
            let n = ordinal[base, default: 0] + 1
            ordinal[base] = n
            result["\(base)\u{0}\(n)"] = (s, spokenContent(s))
        }
        return result
    }

    /// The text, and for a question its answers with their classes.
    static func spokenContent(_ s: State) -> String {
        var out = "\"\(s.text ?? "")\""
        let answers = s.transitions.filter { $0.kind == .answer }
        if !answers.isEmpty {
            out +=
                " { "
                + answers.map { t in (t.answerClass.map { "\($0.rawValue) " } ?? "") + "\"\(t.label ?? "")\"" }
                .joined(separator: " / ") + " }"
        }
        return out
    }

    static func statementChanges(_ a: Machine, _ b: Machine) -> [StatementChange] {
        let before = reviewed(a)
        let after = reviewed(b)
        var result: [StatementChange] = []
        for (key, (s, content)) in after {
            if let (_, was) = before[key] {
                if was != content {
                    result.append(
                        StatementChange(
                            kind: .changed, statement: Certificate.statementName(s), step: s.step, state: s.id,
                            old: was,
                            new: content))
                }
            } else {
                result.append(
                    StatementChange(
                        kind: .added, statement: Certificate.statementName(s), step: s.step, state: s.id, old: nil,
                        new: content))
            }
        }
        for (key, (s, content)) in before where after[key] == nil {
            result.append(
                StatementChange(
                    kind: .removed, statement: Certificate.statementName(s), step: s.step, state: s.id, old: content,
                    new: nil))
        }
        // In the order of the new script, then removed ones in the old script's order.
        let orderNew = Dictionary(b.states.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { x, _ in x })
        let orderOld = Dictionary(a.states.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { x, _ in x })
        func rank(_ c: StatementChange) -> (Int, Int) {
            c.kind == .removed ? (1, orderOld[c.state] ?? 0) : (0, orderNew[c.state] ?? 0)
        }
        return result.sorted { rank($0) < rank($1) }
    }

    /// One line per statement of a handler's own step, in order.
    static func handlerLines(_ m: Machine, event: String) -> [String] {
        m.states.filter { $0.step == "on \(event)" }.map { s in
            var line = Certificate.statementName(s)
            if let field = s.field { line += " " + field }
            if s.text != nil { line += " " + spokenContent(s) }
            // A jump out of the handler (`-> afscheid`) is part of what the handler does.
            if s.transitions.count == 1, let t = s.transitions.first, t.kind == .next,
                let target = m.states.first(where: { $0.id == t.target }), target.step != s.step
            {
                line += " -> " + target.step
            }
            return line
        }
    }

    static func handlerChanges(_ a: Machine, _ b: Machine) -> [HandlerChange] {
        let events = Set(a.handlers.map(\.event)).union(b.handlers.map(\.event))
        let order = CallEvent.allCases.map(\.rawValue)
        return events.sorted { (order.firstIndex(of: $0) ?? 99, $0) < (order.firstIndex(of: $1) ?? 99, $1) }
            .compactMap { event in
                let inOld = a.handlers.contains { $0.event == event }
                let inNew = b.handlers.contains { $0.event == event }
                let oldLines = inOld ? handlerLines(a, event: event) : []
                let newLines = inNew ? handlerLines(b, event: event) : []
                let kind: HandlerChange.Kind
                if !inOld {
                    kind = .added
                } else if !inNew {
                    kind = .removed
                } else if oldLines != newLines {
                    kind = .changed
                } else {
                    return nil
                }
                return HandlerChange(event: event, kind: kind, old: oldLines, new: newLines)
            }
    }
}
