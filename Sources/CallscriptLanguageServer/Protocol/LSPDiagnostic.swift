import CallscriptDiagnostics

/// A callscript diagnostic as an LSP `Diagnostic`.
enum LSPDiagnostic {
    static func make(_ d: Diagnostic, in file: SourceFile, documents: [String: String]) -> JSONValue {
        var message = d.message
        for note in d.notes { message += "\nnote: \(note)" }
        if let help = d.help { message += "\nhelp: \(help)" }
        var object: [String: JSONValue] = [
            "range": LSPPositions.range(file, d.range),
            // 1 error, 2 warning, 3 information.
            "severity": .number(d.severity == .error ? 1 : d.severity == .warning ? 2 : 3),
            "code": .string(d.code),
            "source": .string("callscript"),
            "message": .string(message),
        ]
        let related: [JSONValue] = d.related.compactMap { r in
            // Related ranges in other files are shown only when that file is open (we need its text).
            let target: SourceFile
            if DocumentURI.sameFile(r.range.file, file.path) {
                target = file
            } else if let (path, text) = documents.first(where: { DocumentURI.sameFile(r.range.file, $0.key) }) {
                target = SourceFile(path: path, text: text)
            } else {
                return nil
            }
            return .object([
                "location": .object([
                    "uri": .string(DocumentURI.uri(target.path)), "range": LSPPositions.range(target, r.range),
                ]),
                "message": .string(r.label),
            ])
        }
        if !related.isEmpty { object["relatedInformation"] = .array(related) }
        return .object(object)
    }
}
