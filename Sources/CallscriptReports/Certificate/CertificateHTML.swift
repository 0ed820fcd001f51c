import CallscriptDiagnostics

/// A certificate as one self-contained HTML page that prints on A4: no scripts, no external
/// fonts or images, print margins set with `@page`, and no rule split over two pages.
public enum CertificateHTML {
    /// The whole page.
    public static func render(_ c: Certificate) -> String {
        var out = """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <title>Proof certificate: \(escape(c.script.campaign))</title>
            <style>
            \(style)
            </style>
            </head>
            <body>
            <header>
            <h1>Proof certificate</h1>
            <p class="verdict \(c.verdict)">\(c.verdict == "proven" ? "All rules proven" : "Rules broken: \(c.summary.broken)")</p>
            </header>

            """
        out += table(
            "Script",
            [
                ("Campaign", c.script.campaign), ("Company", c.script.company),
                ("Principal", c.script.principal ?? "none"), ("Version", c.script.version.map(String.init) ?? "none"),
                ("Caller ID", c.script.callerID), ("Sector", c.script.sector), ("Audience", c.script.audience),
            ])
        out += table(
            "Proof",
            [
                ("Policy", "\(c.policy.id): \(c.policy.title)"), ("Policy version", c.policy.version),
                ("Dated rules checked for", c.checkedOn), ("Compiler", c.compiler),
                ("Machine digest", c.digest),
            ], codeRows: ["Machine digest", "Policy version"])
        out += "<h2>Sources</h2>\n<table class=\"sources\">\n"
        for source in c.sources {
            out += "<tr><td>\(escape(source.path))</td><td><code>\(escape(source.sha256))</code></td></tr>\n"
        }
        out += "</table>\n"
        let s = c.summary
        out += """
            <p class="summary">\(s.proven) proven, \(s.broken) broken, \(s.warnings) with warnings, \
            \(s.silenced) silenced with a reason, \
            \(s.enforcedAtRunTime) enforced at run time. \(s.broken == 0 ? proofScope : brokenScope)</p>
            <table class="verdicts">
            <tr><th>Rule</th><th>Title</th><th>Verdict</th></tr>

            """
        for rule in c.rules {
            out += "<tr class=\"\(rule.verdict.rawValue)\"><td class=\"id\">\(escape(rule.id))</td>"
            out += "<td>\(escape(rule.title))</td><td>\(label(rule.verdict))</td></tr>\n"
        }
        out += "</table>\n<h2>Rules</h2>\n"
        for rule in c.rules { out += section(rule) }
        out += "</body>\n</html>\n"
        return out
    }

    static func table(_ title: String, _ rows: [(String, String)], codeRows: Set<String> = []) -> String {
        var out = "<h2>\(escape(title))</h2>\n<table class=\"facts\">\n"
        for (key, value) in rows {
            let cell = codeRows.contains(key) ? "<code>\(escape(value))</code>" : escape(value)
            out += "<tr><th>\(escape(key))</th><td>\(cell)</td></tr>\n"
        }
        return out + "</table>\n"
    }

    static func section(_ r: Certificate.RuleEntry) -> String {
        var out = "<section class=\"rule \(r.verdict.rawValue)\">\n"
        out += "<h3><span class=\"id\">\(escape(r.id))</span> \(escape(r.title))"
        out += " <span class=\"badge\">\(label(r.verdict))</span></h3>\n"
        if r.dated { out += "<p class=\"dated\">Dated rule: checked as it applies on the certificate's date.</p>\n" }
        out += "<p><strong>Requires.</strong> \(prose(r.requires))</p>\n"
        let proves =
            switch r.verdict {
            case .proven: "What was proven."
            case .enforcedAtRunTime: "What the runner enforces."
            case .broken, .warning, .silenced: "What the checker proves when the rule holds."
            }
        out += "<p><strong>\(proves)</strong> \(prose(r.proves))</p>\n"
        out += "<p class=\"source\"><strong>Source.</strong> \(prose(r.source))</p>\n"
        for f in r.findings {
            out += "<div class=\"finding\">\n<p><strong>\(escape(f.severity)):</strong> \(escape(f.message))"
            out += " <span class=\"where\">(\(escape(f.file)):\(f.line):\(f.column))</span></p>\n"
            if !f.conversation.isEmpty {
                let start =
                    f.entry.map { $0 == "start" ? "from the start of the call" : "in the handler on \($0)" } ?? ""
                out += "<p>Counterexample conversation, \(escape(start)):</p>\n<ol class=\"conversation\">\n"
                for t in f.conversation {
                    out += "<li><code>\(escape(t.state))</code> \(escape(t.statement))"
                    if let text = t.text { out += ": “\(escape(text))”" }
                    if let choice = t.choice { out += " <span class=\"choice\">→ \(escape(choice))</span>" }
                    out += "</li>\n"
                }
                out += "</ol>\n"
            }
            out += "</div>\n"
        }
        for q in r.silenced {
            out += "<div class=\"finding silenced\">\n<p><strong>silenced:</strong> \(escape(q.message))"
            out += " <span class=\"where\">(\(escape(q.file)):\(q.line))</span></p>\n"
            out += "<p><strong>Reason given.</strong> \(escape(q.reason))</p>\n</div>\n"
        }
        return out + "</section>\n"
    }

    /// The verdict as the page shows it.
    public static func label(_ v: RuleVerdict) -> String {
        switch v {
        case .proven: "proven"
        case .broken: "broken"
        case .warning: "warning"
        case .silenced: "silenced with a reason"
        case .enforcedAtRunTime: "enforced at run time"
        }
    }

    /// Documentation text: escaped, with its `code` spans set in the code font.
    static func prose(_ s: String) -> String {
        let parts = s.split(separator: "`", omittingEmptySubsequences: false)
        // An odd count of backticks leaves the last span open: show it as written.
        guard parts.count % 2 == 1 else { return escape(s) }
        return parts.enumerated().map { i, part in
            i % 2 == 1 ? "<code>\(escape(String(part)))</code>" : escape(String(part))
        }.joined()
    }

    /// Text safe inside elements and attribute values (`MarkupText.escaped`).
    static func escape(_ s: String) -> String { MarkupText.escaped(s) }

    static let proofScope =
        "A proven path rule holds on every conversation the script allows: every answer, both outcomes of every condition, every loop and every handler."
    static let brokenScope =
        "A broken rule is shown with the shortest conversation that breaks it; this version must not be used for calls."

    static let style = """
        @page { size: A4; margin: 16mm 15mm 18mm 15mm; }
        * { box-sizing: border-box; }
        body { font-family: "DejaVu Sans", "Liberation Sans", Arial, sans-serif; font-size: 10pt; line-height: 1.35;
               color: #111; margin: 0 auto; max-width: 180mm; padding: 8mm 0; }
        @media print { body { padding: 0; } }
        header { display: flex; justify-content: space-between; align-items: baseline;
                 border-bottom: 2pt solid #1f3a5f; margin-bottom: 4mm; }
        h1 { font-size: 20pt; margin: 0 0 2mm 0; color: #1f3a5f; }
        h2 { font-size: 12pt; margin: 5mm 0 2mm 0; color: #1f3a5f; break-after: avoid; }
        h3 { font-size: 10.5pt; margin: 0 0 1.5mm 0; }
        p { margin: 0 0 1.5mm 0; }
        .verdict { font-weight: bold; font-size: 12pt; margin: 0; }
        .verdict.proven { color: #1b6e20; }
        .verdict.broken { color: #b00020; }
        table.facts { border-collapse: collapse; width: 100%; }
        table.facts th { text-align: left; font-weight: normal; color: #444; width: 45mm; vertical-align: top;
                         padding: 0.6mm 2mm 0.6mm 0; }
        table.facts td { padding: 0.6mm 0; overflow-wrap: anywhere; }
        table.sources { border-collapse: collapse; width: 100%; }
        table.sources td { padding: 0.6mm 2mm 0.6mm 0; vertical-align: top; overflow-wrap: anywhere; }
        code { font-family: "DejaVu Sans Mono", "Liberation Mono", monospace; font-size: 8.5pt; overflow-wrap: anywhere; }
        .summary { margin-top: 3mm; }
        table.verdicts { border-collapse: collapse; width: 100%; margin-top: 2mm; }
        table.verdicts th { text-align: left; border-bottom: 0.75pt solid #1f3a5f; padding: 0.6mm 2mm 0.6mm 0; }
        table.verdicts td { border-bottom: 0.25pt solid #ccc; padding: 0.6mm 2mm 0.6mm 0; vertical-align: top; }
        table.verdicts tr { break-inside: avoid; }
        table.verdicts tr.broken td:last-child { color: #b00020; font-weight: bold; }
        table.verdicts tr.proven td:last-child { color: #1b6e20; }
        table.verdicts tr.warning td:last-child { color: #c77700; }
        section.rule { break-inside: avoid; border-left: 3pt solid #888; padding: 1.5mm 0 1.5mm 3mm; margin: 0 0 3mm 0; }
        section.rule.proven { border-color: #1b6e20; }
        section.rule.broken { border-color: #b00020; }
        section.rule.warning { border-color: #c77700; }
        section.rule.enforced-at-run-time { border-color: #1f3a5f; }
        .id { font-family: "DejaVu Sans Mono", "Liberation Mono", monospace; }
        .badge { font-size: 8.5pt; font-weight: normal; border: 0.5pt solid #555; border-radius: 2pt; padding: 0 1.5mm; }
        .broken .badge { color: #b00020; border-color: #b00020; }
        .proven .badge { color: #1b6e20; border-color: #1b6e20; }
        .warning .badge { color: #c77700; border-color: #c77700; }
        .source { color: #333; }
        .dated { font-style: italic; }
        .finding { background: #fbeff1; padding: 1.5mm 2mm; margin-top: 1.5mm; }
        .warning .finding, .finding.silenced { background: #fdf5e8; }
        section.rule.silenced { border-color: #c77700; }
        .where { color: #555; }
        ol.conversation { margin: 0; padding-left: 6mm; }
        .choice { font-weight: bold; }
        """
}
