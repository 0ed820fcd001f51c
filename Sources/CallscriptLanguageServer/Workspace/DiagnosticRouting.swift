import CallscriptDiagnostics
import Foundation

/// One diagnostic as one file shows it.
struct PlacedDiagnostic: Sendable {
    /// The compiler's diagnostic; for a copy in the main script, its range is the `use` line.
    var diagnostic: Diagnostic
    /// The check it came from (to find the text of the files its locations are in).
    var program: CheckedScript
    /// The file it is shown in (absolute path) and that file's text.
    var file: SourceFile
    /// For a copy shown in the main script: where the problem really is.
    var origin: SourceRange?
}

/// Which diagnostics each file shows. A diagnostic is shown in the file it is in; one in a
/// `use`d file is shown again in the main script, on the `use` line that brings that file in
/// (as clangd does for headers), so a script never looks clean while `callscript check`
/// fails it. Both carry the conversation's steps as related locations.
enum DiagnosticRouting {
    static func placed(in path: String, programs: [CheckedScript]) -> [PlacedDiagnostic] {
        var out: [PlacedDiagnostic] = []
        var seen: Set<String> = []
        for program in programs {
            guard let text = program.files[path] else { continue }
            let file = SourceFile(path: path, bytes: text.bytes)
            for d in program.diagnostics {
                let home = program.file(of: d.range)
                if home == path {
                    let key = "\(d.code) \(d.range.start.offset) \(d.range.end.offset) \(d.message)"
                    guard seen.insert(key).inserted else { continue }
                    out.append(PlacedDiagnostic(diagnostic: d, program: program, file: file))
                } else if path == program.main, program.files[home] != nil,
                    let use = UseChains.useLine(in: program, leadingTo: home)
                {
                    var copy = d
                    copy.message = "in \(d.range.file): \(d.message)"
                    copy.range = use
                    let key = "\(d.code) \(home) \(d.range.start.offset) \(d.message)"
                    guard seen.insert(key).inserted else { continue }
                    out.append(PlacedDiagnostic(diagnostic: copy, program: program, file: file, origin: d.range))
                }
            }
        }
        return out
    }
}
