import CallscriptDiagnostics
import CallscriptSyntax
import Foundation

/// Which `use` line of a main script brings in a file, directly or through other used files.
/// The loader decided which files are read; this only follows its result back to a line.
enum UseChains {
    /// The range of the `use` path in the main script that leads to `target`.
    static func useLine(in program: CheckedScript, leadingTo target: String) -> SourceRange? {
        guard let main = program.files[program.main] else { return nil }
        for use in uses(in: main, at: program.main) {
            var queue = [use.target]
            var seen: Set<String> = []
            while let next = queue.popLast() {
                if next == target { return main.range(use.span.start, use.span.end) }
                guard seen.insert(next).inserted, let file = program.files[next] else { continue }
                queue += uses(in: file, at: next).map(\.target)
            }
        }
        return nil
    }

    /// The `use` declarations of a file with the absolute paths they name.
    static func uses(in file: SourceFile, at path: String) -> [(target: String, span: Span)] {
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent()
        return Parser.parse(file).file.items.compactMap { item in
            guard case .use(let use) = item else { return nil }
            let target = folder.appendingPathComponent(use.path.plainText).standardizedFileURL.path
            return (target, use.path.span)
        }
    }
}
