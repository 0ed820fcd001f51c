import CallscriptDiagnostics

/// A compiled call script: the state machine that the verifier proves and the runtime runs.
///
/// Plain data. It is produced by the compiler, written as JSON (see `Docs/machine-format.md`),
/// and read back by the runtime without any parser. States are identified by stable IDs
/// derived from step names (`offer.2`), never by position.
public struct Machine: Hashable, Sendable, Codable {
    /// The newest format version this library writes and reads: 2, a machine that carries
    /// translations. One without them is written as version 1 (`untranslatedFormatVersion`).
    public static let currentFormatVersion = 2

    /// Always `callscript-machine`; lets tools recognise the file.
    public var format: String
    public var formatVersion: Int
    /// The compiler version that produced it, e.g. `callscript 0.1.0`.
    public var compiler: String
    public var script: ScriptInfo
    public var fields: [Field]
    /// The ID of the first state of the main flow.
    public var start: String
    /// Handlers the agent can start from any state.
    public var handlers: [Handler]
    public var states: [State]
    /// Each source file with its SHA-256, main script first, translation files last.
    public var sources: [SourceDigest]
    /// The languages besides the script's own, sorted by language code; nil (the key left
    /// out) for a machine in one language. See `Translation`.
    public var translations: [Translation]?
    /// SHA-256 (hex) of the canonical JSON of this machine with `digest` set to "". The
    /// runtime refuses a machine whose digest does not match, and saved sessions are keyed by it.
    public var digest: String

    public init(
        compiler: String, script: ScriptInfo, fields: [Field], start: String, handlers: [Handler],
        states: [State], sources: [SourceDigest], digest: String = ""
    ) {
        self.format = "callscript-machine"
        self.formatVersion = Machine.untranslatedFormatVersion
        self.compiler = compiler
        self.script = script
        self.fields = fields
        self.start = start
        self.handlers = handlers
        self.states = states
        self.sources = sources
        self.digest = digest
    }
}

/// The script header as compiled.
public struct ScriptInfo: Hashable, Sendable, Codable {
    public var name: String
    public var company: String
    public var principal: String?
    public var callerID: String
    public var policy: String
    public var sector: String
    public var audience: Audience
    public var language: String?
    public var version: Int?
    /// Where each header entry was written, keyed by its keyword (`script` for the header
    /// itself, `company`, `caller-id`, `audience`, ...), so header rules can point at the line.
    public var locations: [String: SourceRange]

    public init(
        name: String, company: String, principal: String?, callerID: String, policy: String,
        sector: String, audience: Audience, language: String? = nil, version: Int? = nil,
        locations: [String: SourceRange] = [:]
    ) {
        self.name = name
        self.company = company
        self.principal = principal
        self.callerID = callerID
        self.policy = policy
        self.sector = sector
        self.audience = audience
        self.language = language
        self.version = version
        self.locations = locations
    }
}

/// Who may be called: people who consented, or customers within a term.
public struct Audience: Hashable, Sendable, Codable {
    public enum Kind: String, Hashable, Sendable, Codable {
        case optIn = "opt-in"
        case customers
    }

    public var kind: Kind
    /// The customer term in months; set only for `customers`.
    public var months: Int?

    public init(kind: Kind, months: Int? = nil) {
        self.kind = kind
        self.months = months
    }

    public static let optIn = Audience(kind: .optIn)
    public static func customers(months: Int) -> Audience { Audience(kind: .customers, months: months) }
}

/// A value the script uses: from the contact record or captured during the call.
public struct Field: Hashable, Sendable, Codable {
    public enum Origin: String, Hashable, Sendable, Codable {
        case contact
        case capture
    }

    public var name: String
    public var origin: Origin
    public var type: FieldType
    /// Why the personal data is processed (`purpose "..."`), for the processing register.
    public var purpose: String?

    public init(name: String, origin: Origin, type: FieldType, purpose: String? = nil) {
        self.name = name
        self.origin = origin
        self.type = type
        self.purpose = purpose
    }
}

/// A field type. `choices` is set only for `choice`.
public struct FieldType: Hashable, Sendable, Codable {
    public enum Kind: String, Hashable, Sendable, Codable, CaseIterable {
        case text, number, yesno, date, datetime, email, phone, choice
    }

    public var kind: Kind
    public var choices: [String]?

    public init(_ kind: Kind, choices: [String]? = nil) {
        self.kind = kind
        self.choices = choices
    }

    /// As written in scripts: `choice(low, medium, high)`.
    public var description: String {
        if kind == .choice, let choices { return "choice(\(choices.joined(separator: ", ")))" }
        return kind.rawValue
    }
}

/// An event handler: `on objection { ... }` starts at `entry`.
public struct Handler: Hashable, Sendable, Codable {
    public var event: String
    public var entry: String
    /// The `on EVENT { ... }` declaration.
    public var source: SourceRange

    public init(event: String, entry: String, source: SourceRange) {
        self.event = event
        self.entry = entry
        self.source = source
    }
}

/// A source file that went into the machine, with its SHA-256.
public struct SourceDigest: Hashable, Sendable, Codable {
    public var path: String
    public var sha256: String

    public init(path: String, sha256: String) {
        self.path = path
        self.sha256 = sha256
    }
}
