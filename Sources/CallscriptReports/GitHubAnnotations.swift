import CallscriptDiagnostics
import Foundation

/// `callscript check --format github`: GitHub Actions workflow commands that show each finding
/// as an annotation on the pull request's diff, e.g.
///
///     ::error file=Scripts/winback.call,line=12,col=17,endLine=12,endColumn=21,title=CS0140 unknown step::unknown step 'ofer'
///
/// Paths should be relative to the repository root (see `ArtifactPaths`).
public struct GitHubAnnotations: Sendable {
    public var rules: any RuleProvider

    public init(rules: any RuleProvider) {
        self.rules = rules
    }

    /// One line per diagnostic, each ending in a newline.
    public func render(_ diagnostics: [Diagnostic]) -> String {
        diagnostics.map { annotation(for: $0) + "\n" }.joined()
    }

    /// The workflow command for one diagnostic.
    public func annotation(for d: Diagnostic) -> String {
        let command: String
        switch d.severity {
        case .error: command = "error"
        case .warning: command = "warning"
        case .note: command = "notice"
        }
        var properties: [(String, String)] = [("file", d.range.file), ("line", String(max(1, d.range.start.line)))]
        // A whole-file finding has an empty range; a column there would point at nothing.
        if d.range.end.offset > d.range.start.offset {
            properties.append(("col", String(d.range.start.column)))
            properties.append(("endLine", String(d.range.end.line)))
            if d.range.end.line == d.range.start.line {
                properties.append(("endColumn", String(d.range.end.column)))
            }
        }
        let rule = rules.descriptor(for: d)
        let title = rule.shortDescription == d.code ? d.code : "\(d.code) \(rule.shortDescription)"
        properties.append(("title", title))
        let props = properties.map { "\($0.0)=\(Self.escapeProperty($0.1))" }.joined(separator: ",")
        return "::\(command) \(props)::\(Self.escapeData(message(for: d)))"
    }

    /// The message with help and the counterexample, on several lines (GitHub shows them all).
    func message(for d: Diagnostic) -> String {
        var text = d.message
        for note in d.notes { text += "\nnote: \(note)" }
        if let help = d.help { text += "\nhelp: \(help)" }
        if let path = d.path {
            text += "\nconversation: \(path.summary)"
            for r in d.related { text += "\n  \(r.range.file):\(r.range.start.line): \(r.label)" }
        } else if !d.related.isEmpty {
            for r in d.related { text += "\n\(r.range.file):\(r.range.start.line): \(r.label)" }
        }
        for fix in d.fixIts { text += "\nfix-it: \(fix.message)" }
        let rule = rules.descriptor(for: d)
        text += "\nsee \(rule.helpURI)"
        return text
    }

    /// Escaping of a command's message (GitHub's `escapeData`).
    public static func escapeData(_ s: String) -> String {
        var out = ""
        for c in s.unicodeScalars {
            switch c {
            case "%": out += "%25"
            case "\r": out += "%0D"
            case "\n": out += "%0A"
            default: out.unicodeScalars.append(c)
            }
        }
        return out
    }

    /// Escaping of a property value (GitHub's `escapeProperty`): the message escaping, and also
    /// `:` and `,`, which separate properties.
    public static func escapeProperty(_ s: String) -> String {
        escapeData(s).replacingOccurrences(of: ":", with: "%3A").replacingOccurrences(of: ",", with: "%2C")
    }
}
