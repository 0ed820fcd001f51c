import CallscriptCompliance
import CallscriptDiagnostics
import CallscriptSyntax

/// `# callscript: allow sales-wording "reason"`: a comment directive that lets one statement's
/// finding of a wording rule through, with a reason. It applies to the next line that is not
/// blank or a comment (or to its own line when it ends a line of code). Only rules whose check is silenceable (`RuleCheck.isSilenceable`) can be
/// named, by their ID (`NL-SALES-WORDING`) or its name without the policy (`sales-wording`);
/// the reason is required and shows in the JSON report and the certificate.
struct AllowDirective: Sendable {
    /// The display path of the file it is in.
    var file: String
    /// The line (1-based) of the statement it applies to.
    var targetLine: Int
    /// The rule IDs it lets through.
    var ruleIDs: Set<String>
    var reason: String
    var range: SourceRange

    /// The marker that makes a comment a directive.
    static let marker = "callscript:"

    /// Every directive in the loaded files, and the errors in malformed ones. Without a known
    /// policy, names are not checked (the unknown policy is reported already).
    static func collect(_ files: [LoadedFile], policy: Policy?) -> (directives: [AllowDirective], errors: [Diagnostic])
    {
        var directives: [AllowDirective] = []
        var errors: [Diagnostic] = []
        let silenceable = (policy?.rules ?? Policies.all.flatMap(\.rules)).filter(\.check.isSilenceable)
        for file in files {
            for comment in file.syntax.comments {
                let text = comment.text.trimmingWhitespace
                guard text.hasPrefix(marker) else { continue }
                let range = file.source.range(comment.span.start, comment.span.end)
                func fail(_ message: String, _ help: String) {
                    errors.append(Diagnostic(.invalidDirective, message, at: range, help: help))
                }
                let body = text.dropFirst(marker.count).trimmingWhitespace
                let usage = "write '# callscript: allow sales-wording \"reason\"' on the line before the statement"
                guard body.hasPrefix("allow ") || body == "allow" else {
                    let verb = body.split(separator: " ").first.map(String.init) ?? ""
                    fail(verb.isEmpty ? "empty callscript directive" : "unknown callscript directive '\(verb)'", usage)
                    continue
                }
                let rest = body.dropFirst("allow".count).trimmingWhitespace
                let name = String(rest.prefix { $0 != " " && $0 != "\"" })
                guard !name.isEmpty else {
                    fail("an allow directive needs the rule it allows", usage)
                    continue
                }
                let matching = silenceable.filter { matches($0.id, name) }
                if matching.isEmpty {
                    let known = Set(silenceable.map { SalesWordingRule.directiveName($0.id) }).sorted()
                    let nearest = Suggestions.closest(to: name.lowercased(), among: known)
                    let isRule = Policies.all.flatMap(\.rules).contains { matches($0.id, name) }
                    fail(
                        isRule ? "rule '\(name)' cannot be allowed" : "unknown rule '\(name)' in an allow directive",
                        nearest.map { "did you mean '\($0)'?" }
                            ?? "only wording rules can be allowed: \(known.joined(separator: ", ")); the others are proofs, fix the script instead"
                    )
                    continue
                }
                let quoted = rest.dropFirst(name.count).trimmingWhitespace
                let reason =
                    quoted.count >= 2 && quoted.hasPrefix("\"") && quoted.hasSuffix("\"")
                    ? String(quoted.dropFirst().dropLast()).trimmingWhitespace : ""
                guard !reason.isEmpty else {
                    fail(
                        "an allow directive needs a reason in double quotes",
                        "say why this is not selling, e.g. # callscript: allow \(name) \"bevestiging van de bestelling\""
                    )
                    continue
                }
                directives.append(
                    AllowDirective(
                        file: file.path, targetLine: targetLine(of: range.start, in: file.source),
                        ruleIDs: Set(matching.map(\.id)), reason: reason, range: range))
            }
        }
        return (directives, errors)
    }

    /// Splits findings into those shown and those the directives let through.
    static func apply(_ directives: [AllowDirective], to findings: [Diagnostic]) -> (
        kept: [Diagnostic], silenced: [SilencedFinding]
    ) {
        guard !directives.isEmpty else { return (findings, []) }
        var kept: [Diagnostic] = []
        var silenced: [SilencedFinding] = []
        for finding in findings {
            let directive = directives.first {
                $0.file == finding.range.file && $0.targetLine == finding.range.start.line
                    && $0.ruleIDs.contains(finding.code)
            }
            if let directive {
                silenced.append(SilencedFinding(finding: finding, reason: directive.reason, directive: directive.range))
            } else {
                kept.append(finding)
            }
        }
        return (kept, silenced)
    }

    private static func matches(_ id: String, _ name: String) -> Bool {
        let wanted = name.uppercased()
        return id.uppercased() == wanted || id.uppercased().hasSuffix("-" + wanted)
    }

    /// The statement a directive at `start` is for: its own line when it ends a line of code,
    /// else the first line after it that is not blank and not only a comment.
    private static func targetLine(of start: SourceLocation, in source: SourceFile) -> Int {
        let line = start.line
        let before = source.lineText(line).unicodeScalars.prefix(start.column - 1)
        if before.contains(where: { $0 != " " && $0 != "\t" }) { return line }
        var next = line + 1
        while next <= source.lineCount {
            let text = source.lineText(next).trimmingWhitespace
            if !text.isEmpty, !text.hasPrefix("#") { return next }
            next += 1
        }
        return line + 1
    }
}
