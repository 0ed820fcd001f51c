import CallscriptDiagnostics

/// What a report says about one rule (a language diagnostic code or a compliance rule ID):
/// the metadata SARIF puts in `tool.driver.rules` and GitHub shows beside each finding.
public struct RuleDescriptor: Hashable, Sendable {
    /// `CS0140` or `NL-OPTOUT-AT-END`, exactly as diagnostics carry it.
    public var id: String
    /// A PascalCase name for tools that want an identifier, e.g. `UnknownStep`.
    public var name: String
    /// One phrase, e.g. `unknown step`.
    public var shortDescription: String
    /// A sentence or two: what the rule demands.
    public var fullDescription: String
    /// Plain-text help: how to fix a finding.
    public var helpText: String
    /// The same help as Markdown (links allowed).
    public var helpMarkdown: String
    /// Where the rule is documented.
    public var helpURI: String
    /// The severity findings of this rule have unless configured otherwise.
    public var defaultSeverity: Severity

    public init(
        id: String, name: String? = nil, shortDescription: String, fullDescription: String? = nil,
        helpText: String? = nil, helpMarkdown: String? = nil, helpURI: String? = nil, defaultSeverity: Severity
    ) {
        let uri = helpURI ?? RuleDescriptor.documentationURI(for: id)
        let full = fullDescription ?? RuleDescriptor.sentence(shortDescription)
        self.id = id
        self.name = name ?? RuleDescriptor.pascalCase(shortDescription)
        self.shortDescription = shortDescription
        self.fullDescription = full
        self.helpText = helpText ?? "\(full) See \(uri)"
        self.helpMarkdown = helpMarkdown ?? "\(full)\n\nSee [\(id)](\(uri)) in the callscript documentation."
        self.helpURI = uri
        self.defaultSeverity = defaultSeverity
    }

    /// A descriptor for a language diagnostic code, documented in `Docs/diagnostics.md`.
    public init(code: DiagnosticCode) {
        self.init(id: code.id, shortDescription: code.title, defaultSeverity: code.severity)
    }

    /// Where the project's documentation lives; rule pages are anchors below it.
    public static let documentationBase = "https://github.com/callscript/callscript/blob/main/Docs/"

    /// `Docs/diagnostics.md#cs0140` for language codes, `Docs/compliance.md#nl-optout-at-end` for rules.
    public static func documentationURI(for id: String) -> String {
        let anchor = id.lowercased()
        let isLanguageCode = id.hasPrefix("CS") && id.dropFirst(2).allSatisfy(\.isNumber)
        return documentationBase + (isLanguageCode ? "diagnostics.md#" : "compliance.md#") + anchor
    }

    /// `unknown step` -> `UnknownStep`; anything not a letter or digit separates words.
    static func pascalCase(_ phrase: String) -> String {
        var out = ""
        var upperNext = true
        for c in phrase {
            if c.isASCII && (c.isLetter || c.isNumber) {
                out += upperNext ? c.uppercased() : String(c)
                upperNext = false
            } else {
                upperNext = true
            }
        }
        return out.isEmpty ? "Rule" : out
    }

    /// `unknown step` -> `Unknown step.`
    static func sentence(_ phrase: String) -> String {
        guard let first = phrase.first else { return phrase }
        let body = first.uppercased() + phrase.dropFirst()
        return body.hasSuffix(".") ? body : body + "."
    }
}

/// Supplies rule metadata to reports. The CLI builds one from the language code lists and the
/// selected policies; tests supply their own.
public protocol RuleProvider: Sendable {
    /// The descriptor for a rule ID, or nil when the provider does not know it.
    func descriptor(for id: String) -> RuleDescriptor?
}

/// A table of rule descriptors by ID.
public struct RuleCatalog: RuleProvider, Hashable {
    public private(set) var rules: [String: RuleDescriptor]

    public init(_ rules: [RuleDescriptor] = []) {
        var table: [String: RuleDescriptor] = [:]
        for rule in rules { table[rule.id] = rule }
        self.rules = table
    }

    /// Descriptors for language diagnostic codes.
    public init(codes: [DiagnosticCode]) {
        self.init(codes.map(RuleDescriptor.init(code:)))
    }

    public func descriptor(for id: String) -> RuleDescriptor? { rules[id] }

    /// This catalog with `other`'s rules added; on a clash `other` wins.
    public func merging(_ other: RuleCatalog) -> RuleCatalog {
        var copy = self
        copy.rules.merge(other.rules) { _, new in new }
        return copy
    }
}

extension RuleProvider {
    /// The descriptor for a diagnostic's code; a code nobody described still gets one, so
    /// every finding in a report has a rule to point at.
    public func descriptor(for diagnostic: Diagnostic) -> RuleDescriptor {
        descriptor(for: diagnostic.code)
            ?? RuleDescriptor(
                id: diagnostic.code, shortDescription: diagnostic.code, defaultSeverity: diagnostic.severity)
    }
}
