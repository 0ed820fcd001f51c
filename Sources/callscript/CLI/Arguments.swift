import CallscriptDiagnostics

/// An option a subcommand accepts.
struct OptionSpec: Sendable {
    /// `--format`.
    let name: String
    /// `-o`, if any.
    let short: String?
    /// Whether the option takes a value (`--format json`, `--format=json`).
    let takesValue: Bool
    /// Shown in `--help`: `--format text|json`.
    let valueName: String?
    let help: String

    static func flag(_ name: String, short: String? = nil, help: String) -> OptionSpec {
        OptionSpec(name: name, short: short, takesValue: false, valueName: nil, help: help)
    }

    static func value(_ name: String, short: String? = nil, _ valueName: String, help: String) -> OptionSpec {
        OptionSpec(name: name, short: short, takesValue: true, valueName: valueName, help: help)
    }
}

/// A usage mistake: reported with the subcommand's usage line and exit code 2.
struct UsageError: Error, Sendable {
    let message: String
}

/// Parsed command-line arguments of one subcommand.
struct Arguments: Sendable {
    private(set) var values: [String: [String]] = [:]
    private(set) var flags: Set<String> = []
    private(set) var positionals: [String] = []

    /// Parses `raw` against `specs`. `--` ends options; `-` alone is a positional.
    init(_ raw: [String], specs: [OptionSpec]) throws(UsageError) {
        var i = 0
        var onlyPositionals = false
        while i < raw.count {
            let arg = raw[i]
            i += 1
            if onlyPositionals || arg == "-" || !arg.hasPrefix("-") {
                positionals.append(arg)
                continue
            }
            if arg == "--" {
                onlyPositionals = true
                continue
            }
            var name = arg
            var inlineValue: String?
            if arg.hasPrefix("--"), let eq = arg.firstIndex(of: "=") {
                name = String(arg[..<eq])
                inlineValue = String(arg[arg.index(after: eq)...])
            }
            guard let spec = specs.first(where: { $0.name == name || $0.short == name }) else {
                let known = specs.map(\.name)
                var message = "unknown option '\(name)'"
                if let near = closestMatch(to: name, in: known) { message += "; did you mean '\(near)'?" }
                throw UsageError(message: message)
            }
            if spec.takesValue {
                let value: String
                if let inlineValue {
                    value = inlineValue
                } else if i < raw.count {
                    value = raw[i]
                    i += 1
                } else {
                    throw UsageError(message: "option '\(spec.name)' needs a value (\(spec.valueName ?? "VALUE"))")
                }
                values[spec.name, default: []].append(value)
            } else {
                if inlineValue != nil { throw UsageError(message: "option '\(spec.name)' takes no value") }
                flags.insert(spec.name)
            }
        }
    }

    func has(_ flag: String) -> Bool { flags.contains(flag) }

    /// The last value given for an option.
    func value(_ name: String) -> String? { values[name]?.last }

    /// Every value given for a repeatable option.
    func allValues(_ name: String) -> [String] { values[name] ?? [] }

    /// The value of an option restricted to `choices`.
    func choice(_ name: String, in choices: [String], default fallback: String) throws(UsageError) -> String {
        guard let v = value(name) else { return fallback }
        guard choices.contains(v) else {
            throw UsageError(
                message: "invalid value '\(v)' for \(name); expected one of: \(choices.joined(separator: ", "))")
        }
        return v
    }
}

/// The closest of `candidates` to `word`, if it is close enough to be a typo.
func closestMatch(to word: String, in candidates: [String]) -> String? {
    Suggestions.closest(to: word, among: candidates)
}
