import CallscriptCompiler
import CallscriptDiagnostics
import CallscriptReports

/// A callscript diagnostic as an LSP `Diagnostic`: severity, code with a link to its page in
/// the documentation, the `Unnecessary` tag for unreachable steps, and the related locations
/// (declarations, the steps of the breaking conversation) in whatever file they are.
enum LSPDiagnostic {
    static func make(_ placed: PlacedDiagnostic, uri: (String) -> String) -> JSONValue {
        let d = placed.diagnostic
        var message = d.message
        for note in d.notes { message += "\nnote: \(note)" }
        if let help = d.help { message += "\nhelp: \(help)" }
        var object: [String: JSONValue] = [
            "range": LSPPositions.range(placed.file, d.range),
            // 1 error, 2 warning, 3 information.
            "severity": .number(d.severity == .error ? 1 : d.severity == .warning ? 2 : 3),
            "code": .string(d.code),
            "codeDescription": .object(["href": .string(RuleDescriptor.documentationURI(for: d.code))]),
            "source": .string("callscript"),
            "message": .string(message),
        ]
        // 1 = Unnecessary: editors fade the step out instead of underlining it.
        if d.code == DiagnosticCode.unreachableStep.id { object["tags"] = .array([.number(1)]) }
        var locations: [(label: String, range: SourceRange)] = []
        if let origin = placed.origin { locations.append(("the problem is here", origin)) }
        locations += d.related.map { ($0.label, $0.range) }
        let related: [JSONValue] = locations.compactMap { label, range in
            let path = placed.program.file(of: range)
            guard let source = placed.program.files[path] else { return nil }
            return .object([
                "location": .object(["uri": .string(uri(path)), "range": LSPPositions.range(source, range)]),
                "message": .string(label),
            ])
        }
        if !related.isEmpty { object["relatedInformation"] = .array(related) }
        return .object(object)
    }
}
