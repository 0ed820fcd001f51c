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
            throw UsageError(message: "invalid value '\(v)' for \(name); expected one of: \(choices.joined(separator: ", "))")
        }
        return v
    }
}

/// The closest of `candidates` to `word` by edit distance, if it is close enough to be a typo.
func closestMatch(to word: String, in candidates: [String]) -> String? {
    var best: (String, Int)?
    for c in candidates {
        let d = editDistance(word, c)
        if d <= max(2, word.count / 3), best == nil || d < best!.1 { best = (c, d) }
    }
    return best?.0
}

/// Levenshtein distance over Unicode scalars.
func editDistance(_ a: String, _ b: String) -> Int {
    let x = Array(a.unicodeScalars)
    let y = Array(b.unicodeScalars)
    if x.isEmpty { return y.count }
    if y.isEmpty { return x.count }
    var previous = Array(0...y.count)
    var current = [Int](repeating: 0, count: y.count + 1)
    for i in 1...x.count {
        current[0] = i
        for j in 1...y.count {
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (x[i - 1] == y[j - 1] ? 0 : 1))
        }
        swap(&previous, &current)
    }
    return previous[y.count]
}
