import CallscriptDiagnostics
import CallscriptSyntax

/// A shared file that no known script uses: compiling it as a main script would report a
/// missing header and start (CS0120, CS0148) that are not problems, so only its syntax is checked.
enum SharedFileCheck {
    static func syntax(_ file: SourceFile) -> [PlacedDiagnostic] {
        let program = CheckedScript(main: file.path, root: "/", files: [file.path: file], diagnostics: [])
        return Parser.parse(file).diagnostics.map { d in
            var d = d
            d.range.file = file.path
            return PlacedDiagnostic(diagnostic: d, program: program, file: file)
        }
    }
}
