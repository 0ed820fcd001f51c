import CallscriptDiagnostics

/// `callscript diff` as text for a terminal and as Markdown for a pull-request comment.
public enum DiffRendering {
    /// Plain text, one section per kind of change; sections without changes are left out.
    public static func text(_ d: ComplianceDiff) -> String {
        var out = "compliance diff: \(describe(d.old)) → \(describe(d.new))\n"
        if d.isEmpty { return out + "no compliance-relevant changes\n" }
        if !d.header.isEmpty {
            out += "\nheader:\n"
            for h in d.header { out += "  \(h.field): \(h.old ?? "(none)") → \(h.new ?? "(none)")\n" }
        }
        if !d.rules.isEmpty {
            out += "\nrules:\n"
            for r in d.rules {
                out += "  \(r.id): \(verdict(r.old)) → \(verdict(r.new))\(r.isRegression ? "  (regression)" : "")\n"
                for f in r.findings where r.new == .broken || r.new == .warning { out += "      \(f)\n" }
            }
        }
        if !d.statements.isEmpty {
            out += "\nspoken statements:\n"
            for s in d.statements {
                out += "  \(sign(s.kind.rawValue)) \(s.statement) in \(s.step) (\(s.state))\n"
                if let old = s.old { out += "      - \(old)\n" }
                if let new = s.new { out += "      + \(new)\n" }
            }
        }
        if !d.endings.isEmpty {
            out += "\npaths to each ending:\n"
            for e in d.endings {
                out += "  \(e.ending): \(counted(e.added.count, "added")), \(counted(e.removed.count, "removed"))\n"
                for p in e.removed { out += "      - \(p)\n" }
                for p in e.added { out += "      + \(p)\n" }
            }
            if d.pathsTruncated { out += "  (more paths than listed: the lists stop at \(EndingPaths.limit))\n" }
        }
        if !d.handlers.isEmpty {
            out += "\nhandlers:\n"
            for h in d.handlers {
                out += "  \(sign(h.kind.rawValue)) on \(h.event)\n"
                for line in LineDiff.lines(h.old, h.new) { out += "      " + marked(line) + "\n" }
            }
        }
        out += "\n" + verdictLine(d) + "\n"
        return out
    }

    /// Markdown for a pull-request comment: a verdict line, then tables and lists.
    public static func markdown(_ d: ComplianceDiff) -> String {
        var out = "### Compliance diff: \(code(describe(d.old))) → \(code(describe(d.new)))\n\n"
        out += (d.regressions.isEmpty ? "" : "**Blocked:** ") + verdictLine(d) + "\n"
        if d.isEmpty { return out }
        if !d.header.isEmpty {
            out += "\n#### Header\n\n| field | old | new |\n| --- | --- | --- |\n"
            for h in d.header { out += "| `\(h.field)` | \(cell(h.old ?? "—")) | \(cell(h.new ?? "—")) |\n" }
        }
        if !d.rules.isEmpty {
            out += "\n#### Rules\n\n| rule | old | new | |\n| --- | --- | --- | --- |\n"
            for r in d.rules {
                out +=
                    "| [\(r.id)](\(RuleDescriptor.documentationURI(for: r.id))) \(cell(r.title)) | \(verdict(r.old)) "
                    + "| \(verdict(r.new)) | \(r.isRegression ? "❌ regression" : r.new == .proven ? "✅" : "") |\n"
            }
        }
        if !d.statements.isEmpty {
            out += "\n#### Spoken statements\n\n"
            for s in d.statements {
                out += "- **\(s.kind.rawValue)** `\(s.statement)` in `\(s.step)` (`\(s.state)`)\n"
                var lines: [String] = []
                if let old = s.old { lines.append("- " + old) }
                if let new = s.new { lines.append("+ " + new) }
                out += "  ```diff\n" + lines.map { "  \($0)\n" }.joined() + "  ```\n"
            }
        }
        if !d.endings.isEmpty {
            out += "\n#### Paths to each ending\n\n"
            for e in d.endings {
                out += "- `\(e.ending)`: \(counted(e.added.count, "added")), \(counted(e.removed.count, "removed"))\n"
                out += "  ```diff\n"
                for p in e.removed { out += "  - \(p)\n" }
                for p in e.added { out += "  + \(p)\n" }
                out += "  ```\n"
            }
            if d.pathsTruncated { out += "\n_More paths than listed: the lists stop at \(EndingPaths.limit)._\n" }
        }
        if !d.handlers.isEmpty {
            out += "\n#### Handlers\n\n"
            for h in d.handlers {
                out += "- **\(h.kind.rawValue)** `on \(h.event)`\n  ```diff\n"
                for line in LineDiff.lines(h.old, h.new) { out += "  " + marked(line) + "\n" }
                out += "  ```\n"
            }
        }
        return out
    }

    /// `1 rule went from proven to broken` or a count of changes.
    static func verdictLine(_ d: ComplianceDiff) -> String {
        let regressions = d.regressions
        if !regressions.isEmpty {
            let ids = regressions.map(\.id).joined(separator: ", ")
            return "\(regressions.count == 1 ? "1 rule went" : "\(regressions.count) rules went") "
                + "from proven to broken: \(ids)"
        }
        if d.isEmpty { return "No compliance-relevant changes." }
        let total = d.header.count + d.rules.count + d.statements.count + d.endings.count + d.handlers.count
        return "no rule went from proven to broken (\(total == 1 ? "1 change" : "\(total) changes") to review)"
    }

    static func describe(_ s: ComplianceDiff.Side) -> String {
        s.label + (s.version.map { " (version \($0))" } ?? "")
    }

    static func verdict(_ v: RuleVerdict?) -> String { v.map(CertificateHTML.label) ?? "not in policy" }

    static func sign(_ kind: String) -> String {
        switch kind {
        case "added": "+"
        case "removed": "-"
        default: "~"
        }
    }

    static func marked(_ line: LineDiff.Line) -> String {
        switch line {
        case .same(let t): "  " + t
        case .removed(let t): "- " + t
        case .added(let t): "+ " + t
        }
    }

    static func counted(_ n: Int, _ what: String) -> String { n == 1 ? "1 path \(what)" : "\(n) paths \(what)" }

    static func code(_ s: String) -> String { "`" + s.replacingOccurrences(of: "`", with: "'") + "`" }

    /// Text safe in a Markdown table cell.
    static func cell(_ s: String) -> String { s.replacingOccurrences(of: "|", with: "\\|") }
}
