import CallscriptDiagnostics

/// One diagnostic a fixture expects, written in a comment:
/// `#~ ERROR CS0003 "fragment"` for the comment's own line, `#~^ WARNING CS0201` for the line
/// above (each extra `^` goes one more line up).
public struct ExpectedDiagnostic: Hashable, Sendable, CustomStringConvertible {
    /// 1-based line the diagnostic must start on.
    public var line: Int
    public var severity: Severity
    /// `CS0003` or a rule ID such as `NL-OPTOUT-AT-END`.
    public var code: String
    /// When present, the message must contain this text.
    public var messageFragment: String?

    public init(line: Int, severity: Severity, code: String, messageFragment: String? = nil) {
        self.line = line
        self.severity = severity
        self.code = code
        self.messageFragment = messageFragment
    }

    public var description: String {
        let fragment = messageFragment.map { " \"\($0)\"" } ?? ""
        return "line \(line): \(severity.rawValue.uppercased()) \(code)\(fragment)"
    }
}

/// Reads expectations out of fixture comments and compares them with what was reported.
public enum ExpectedDiagnostics {
    /// The expectations in `source`, plus a description of every malformed `#~` comment (a
    /// typo in an expectation must fail the test, not be silently ignored).
    public static func parse(_ source: SourceFile) -> (expected: [ExpectedDiagnostic], problems: [String]) {
        var expected: [ExpectedDiagnostic] = []
        var problems: [String] = []
        for line in 1...max(1, source.lineCount) {
            let text = Array(source.lineText(line).utf8)
            guard let hash = commentStart(in: text), hash + 1 < text.count, text[hash + 1] == UInt8(ascii: "~") else {
                continue
            }
            var index = hash + 2
            var up = 0
            while index < text.count, text[index] == UInt8(ascii: "^") {
                up += 1
                index += 1
            }
            let rest = String(decoding: text[index...], as: UTF8.self)
            switch parseExpectation(rest) {
            case .success(let (severity, code, fragment)):
                let target = line - up
                if target < 1 {
                    problems.append("\(source.path):\(line): expectation points above the first line")
                } else {
                    expected.append(
                        ExpectedDiagnostic(line: target, severity: severity, code: code, messageFragment: fragment))
                }
            case .failure(let problem):
                problems.append("\(source.path):\(line): \(problem.text)")
            }
        }
        return (expected, problems)
    }

    /// Mismatches between `expected` and `actual`, as readable lines; empty when they agree.
    /// Diagnostics match by line, code and severity, and by message fragment when one is given;
    /// each actual diagnostic satisfies at most one expectation.
    public static func compare(expected: [ExpectedDiagnostic], actual: [Diagnostic], path: String = "") -> [String] {
        var unmatched = actual
        var mismatches: [String] = []
        let prefix = path.isEmpty ? "" : path + ":"
        for expectation in expected.sorted(by: { ($0.line, $0.code) < ($1.line, $1.code) }) {
            let index = unmatched.firstIndex { diagnostic in
                diagnostic.range.start.line == expectation.line && diagnostic.code == expectation.code
                    && diagnostic.severity == expectation.severity
                    && (expectation.messageFragment.map { diagnostic.message.contains($0) } ?? true)
            }
            if let index {
                unmatched.remove(at: index)
            } else {
                let near = actual.filter { $0.range.start.line == expectation.line }.map(describe)
                let seen =
                    near.isEmpty
                    ? "nothing was reported on that line" : "that line has: " + near.joined(separator: "; ")
                mismatches.append("\(prefix)\(expectation.line): expected \(expectation), but \(seen)")
            }
        }
        for diagnostic in unmatched {
            mismatches.append("\(prefix)\(diagnostic.range.start.line): unexpected \(describe(diagnostic))")
        }
        return mismatches
    }

    /// Parses the expectations in `source` and compares them with `actual`.
    public static func check(_ source: SourceFile, against actual: [Diagnostic]) -> [String] {
        let (expected, problems) = parse(source)
        return problems + compare(expected: expected, actual: actual, path: source.path)
    }

    private static func describe(_ diagnostic: Diagnostic) -> String {
        "\(diagnostic.severity.rawValue.uppercased()) \(diagnostic.code) \"\(diagnostic.message)\" at \(diagnostic.range.start.line):\(diagnostic.range.start.column)"
    }

    /// The offset of the `#` that starts a comment, skipping `#` inside double-quoted strings.
    private static func commentStart(in line: [UInt8]) -> Int? {
        var inString = false
        var index = 0
        while index < line.count {
            let byte = line[index]
            if inString {
                if byte == UInt8(ascii: "\\") { index += 1 } else if byte == UInt8(ascii: "\"") { inString = false }
            } else if byte == UInt8(ascii: "\"") {
                inString = true
            } else if byte == UInt8(ascii: "#") {
                return index
            }
            index += 1
        }
        return nil
    }

    private struct Problem: Error {
        var text: String
    }

    /// `SEVERITY CODE ["fragment"]`.
    private static func parseExpectation(_ text: String) -> Result<(Severity, String, String?), Problem> {
        var rest = Substring(text).drop { $0 == " " || $0 == "\t" }
        let severityWord = rest.prefix { $0 != " " && $0 != "\t" }
        rest = rest.dropFirst(severityWord.count).drop { $0 == " " || $0 == "\t" }
        let severity: Severity
        switch severityWord {
        case "ERROR": severity = .error
        case "WARNING": severity = .warning
        case "NOTE": severity = .note
        default: return .failure(Problem(text: "expected ERROR, WARNING or NOTE after '#~', found '\(severityWord)'"))
        }
        let code = rest.prefix { $0 != " " && $0 != "\t" }
        guard !code.isEmpty, !code.hasPrefix("\"") else {
            return .failure(Problem(text: "missing diagnostic code after \(severityWord)"))
        }
        rest = rest.dropFirst(code.count).drop { $0 == " " || $0 == "\t" }
        guard !rest.isEmpty else { return .success((severity, String(code), nil)) }
        guard rest.first == "\"", rest.count >= 2, let close = rest.dropFirst().firstIndex(of: "\"") else {
            return .failure(Problem(text: "the message fragment must be in double quotes"))
        }
        let fragment = rest[rest.index(after: rest.startIndex)..<close]
        let trailing = rest[rest.index(after: close)...].drop { $0 == " " || $0 == "\t" }
        guard trailing.isEmpty else { return .failure(Problem(text: "unexpected text after the message fragment")) }
        return .success((severity, String(code), String(fragment)))
    }
}
