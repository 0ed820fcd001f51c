import CallscriptDiagnostics
import CallscriptMachine
import Foundation

/// `callscript check --format sarif`: diagnostics as a SARIF 2.1.0 log for code scanning.
///
/// Paths in the diagnostics should already be relative to the repository root (see
/// `ArtifactPaths`); they are written as URIs relative to the `SRCROOT` base.
public struct SARIFReport: Sendable {
    /// The base every relative artifact URI is resolved against (the checkout on CI).
    public static let uriBaseID = "SRCROOT"
    /// Key of the fingerprint in `partialFingerprints`; bump the version if the recipe changes.
    public static let fingerprintKey = "callscriptFinding/v1"

    public var toolName: String
    public var toolVersion: String
    public var informationURI: String
    public var rules: any RuleProvider
    /// The absolute `file://` URI (ending in `/`) of the folder `SRCROOT` stands for; written as
    /// `originalUriBaseIds` when set.
    public var rootURI: String?

    public init(
        toolVersion: String, rules: any RuleProvider, toolName: String = "callscript",
        informationURI: String = "https://github.com/callscript/callscript"
    ) {
        self.toolName = toolName
        self.toolVersion = toolVersion
        self.informationURI = informationURI
        self.rules = rules
    }

    /// The log for `diagnostics`, in their order. Only rules that have findings are listed.
    public func log(for diagnostics: [Diagnostic]) -> SARIF.Log {
        var descriptors: [String: RuleDescriptor] = [:]
        for d in diagnostics where descriptors[d.code] == nil { descriptors[d.code] = rules.descriptor(for: d) }
        let ordered = descriptors.values.sorted { $0.id < $1.id }
        var ruleIndex: [String: Int] = [:]
        for (i, r) in ordered.enumerated() { ruleIndex[r.id] = i }

        var occurrences: [String: Int] = [:]
        let results = diagnostics.map { d -> SARIF.Result in
            let key = Self.fingerprintSource(d)
            let n = occurrences[key, default: 0]
            occurrences[key] = n + 1
            return result(for: d, ruleIndex: ruleIndex[d.code] ?? 0, fingerprint: Self.fingerprint(key, occurrence: n))
        }
        let driver = SARIF.ToolComponent(
            name: toolName, version: toolVersion, semanticVersion: toolVersion, informationUri: informationURI,
            rules: ordered.map(Self.reportingDescriptor))
        let run = SARIF.Run(
            tool: SARIF.Tool(driver: driver), invocations: [SARIF.Invocation(executionSuccessful: true)],
            columnKind: "unicodeCodePoints", results: results,
            originalUriBaseIds: rootURI.map { [Self.uriBaseID: SARIF.ArtifactLocation(uri: $0, uriBaseId: nil)] })
        return SARIF.Log(schema: SARIF.schemaURI, version: SARIF.version, runs: [run])
    }

    /// Pretty JSON with sorted keys, so the same findings always give the same bytes.
    public func encoded(_ diagnostics: [Diagnostic]) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(log(for: diagnostics))
    }

    // MARK: - Pieces

    static func reportingDescriptor(_ r: RuleDescriptor) -> SARIF.ReportingDescriptor {
        SARIF.ReportingDescriptor(
            id: r.id, name: r.name, shortDescription: SARIF.MultiformatMessage(text: r.shortDescription),
            fullDescription: SARIF.MultiformatMessage(text: r.fullDescription),
            help: SARIF.MultiformatMessage(text: r.helpText, markdown: r.helpMarkdown), helpUri: r.helpURI,
            defaultConfiguration: SARIF.ReportingConfiguration(level: level(r.defaultSeverity)))
    }

    func result(for d: Diagnostic, ruleIndex: Int, fingerprint: String) -> SARIF.Result {
        let related = d.related.enumerated().map { i, r in
            SARIF.Location(id: i, physicalLocation: Self.physical(r.range), message: SARIF.Message(text: r.label))
        }
        return SARIF.Result(
            ruleId: d.code, ruleIndex: ruleIndex, level: Self.level(d.severity),
            message: SARIF.Message(text: Self.messageText(d)),
            // A problem without a file (a refused call, a closed output) has no location.
            locations: d.range.file.isEmpty
                ? [] : [SARIF.Location(id: nil, physicalLocation: Self.physical(d.range), message: nil)],
            relatedLocations: related.isEmpty ? nil : related,
            codeFlows: Self.codeFlow(d).map { [$0] },
            fixes: d.fixIts.isEmpty ? nil : d.fixIts.map(Self.fix),
            partialFingerprints: [Self.fingerprintKey: fingerprint])
    }

    /// The message, then notes, help and the counterexample in words (code scanning shows only text).
    static func messageText(_ d: Diagnostic) -> String {
        var text = d.message
        for note in d.notes { text += "\nnote: \(note)" }
        if let help = d.help { text += "\nhelp: \(help)" }
        if let path = d.path { text += "\nconversation: \(path.summary)" }
        return text
    }

    /// The counterexample as one thread flow: each step of the conversation is one location.
    /// The verifier lists the steps' ranges as `related`, one per path step, in order.
    static func codeFlow(_ d: Diagnostic) -> SARIF.CodeFlow? {
        guard let path = d.path, !d.related.isEmpty else { return nil }
        let paired = path.steps.count == d.related.count
        let locations = d.related.enumerated().map { i, r -> SARIF.ThreadFlowLocation in
            var state: [String: SARIF.MultiformatMessage]?
            var label = r.label
            if paired {
                let step = path.steps[i]
                state = ["state": SARIF.MultiformatMessage(text: step.state)]
                if let choice = step.choice {
                    state?["choice"] = SARIF.MultiformatMessage(text: choice)
                    if !label.contains(choice) { label += " (\(choice))" }
                }
            }
            let location = SARIF.Location(
                id: nil, physicalLocation: physical(r.range), message: SARIF.Message(text: label))
            return SARIF.ThreadFlowLocation(location: location, state: state, executionOrder: i + 1)
        }
        let start = path.entry == "start" ? "from start" : "from the \(path.entry) handler"
        return SARIF.CodeFlow(
            message: SARIF.Message(text: "conversation \(start): \(path.summary)"),
            threadFlows: [SARIF.ThreadFlow(locations: locations)])
    }

    static func fix(_ f: FixIt) -> SARIF.Fix {
        var order: [String] = []
        var byFile: [String: [SARIF.Replacement]] = [:]
        for edit in f.edits {
            if byFile[edit.range.file] == nil { order.append(edit.range.file) }
            // An insertion is an empty region: end == start, stated explicitly.
            let region = SARIF.Region(
                startLine: edit.range.start.line, startColumn: edit.range.start.column,
                endLine: edit.range.end.line, endColumn: edit.range.end.column)
            byFile[edit.range.file, default: []].append(
                SARIF.Replacement(deletedRegion: region, insertedContent: SARIF.ArtifactContent(text: edit.replacement))
            )
        }
        let changes = order.map { SARIF.ArtifactChange(artifactLocation: artifact($0), replacements: byFile[$0] ?? []) }
        return SARIF.Fix(description: SARIF.Message(text: f.message), artifactChanges: changes)
    }

    static func physical(_ r: SourceRange) -> SARIF.PhysicalLocation {
        SARIF.PhysicalLocation(artifactLocation: artifact(r.file), region: r.hasPosition ? region(r) : nil)
    }

    /// An empty range (a whole-file finding) gives just the start, which viewers show as the line.
    static func region(_ r: SourceRange) -> SARIF.Region {
        let line = max(1, r.start.line)
        let column = max(1, r.start.column)
        if r.end.offset <= r.start.offset || r.end.line < line {
            return SARIF.Region(startLine: line, startColumn: column, endLine: nil, endColumn: nil)
        }
        return SARIF.Region(startLine: line, startColumn: column, endLine: r.end.line, endColumn: max(1, r.end.column))
    }

    static func artifact(_ file: String) -> SARIF.ArtifactLocation {
        if file.hasPrefix("/") { return SARIF.ArtifactLocation(uri: "file://" + percentEncoded(file), uriBaseId: nil) }
        return SARIF.ArtifactLocation(uri: percentEncoded(file), uriBaseId: uriBaseID)
    }

    /// A path as a URI reference: unreserved characters and `/` kept, everything else %-encoded.
    static func percentEncoded(_ path: String) -> String {
        var out = ""
        for byte in path.utf8 {
            let c = Character(Unicode.Scalar(byte))
            if byte < 0x80, c.isLetter || c.isNumber || "-._~/".contains(c) {
                out.append(c)
            } else {
                out += "%" + String(byte, radix: 16, uppercase: true).leftPadded(to: 2)
            }
        }
        return out
    }

    static func level(_ s: Severity) -> String {
        switch s {
        case .error: "error"
        case .warning: "warning"
        case .note: "note"
        }
    }

    // MARK: - Fingerprints

    /// What identifies a finding across commits: rule, file, and the conversation (state IDs and
    /// choices) or else the message. Never line numbers, so moving code keeps the identity.
    static func fingerprintSource(_ d: Diagnostic) -> String {
        var key = d.code + "\u{0}" + d.range.file + "\u{0}"
        if let path = d.path {
            key += path.entry
            for step in path.steps { key += "\u{0}" + step.state + "\u{1}" + (step.choice ?? "") }
        } else {
            key += d.message
        }
        return key
    }

    /// SHA-256 of the source plus an occurrence count, so two identical findings in one file differ.
    static func fingerprint(_ source: String, occurrence: Int) -> String {
        SHA256.hex(Array((source + "\u{0}\(occurrence)").utf8))
    }
}

extension String {
    fileprivate func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}
