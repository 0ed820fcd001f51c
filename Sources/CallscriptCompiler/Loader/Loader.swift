import CallscriptDiagnostics
import CallscriptSyntax

/// One parsed script file.
struct LoadedFile: Sendable {
    /// Path relative to the main script's folder (starting with `../` for a file above it
    /// under the project root); also `source.path`.
    var path: String
    var source: SourceFile
    var syntax: ScriptFile
    /// Start offsets of the syntax errors in this file, ascending, so later phases can stay
    /// quiet about a body the parser already complained about.
    var syntaxErrorOffsets: [Int] = []

    /// True when the parser reported an error inside `span`.
    func hasSyntaxError(in span: Span) -> Bool {
        var low = 0
        var high = syntaxErrorOffsets.count
        while low < high {
            let mid = (low + high) / 2
            if syntaxErrorOffsets[mid] < span.start { low = mid + 1 } else { high = mid }
        }
        return low < syntaxErrorOffsets.count && syntaxErrorOffsets[low] < max(span.end, span.start + 1)
    }
}

/// The main script and every file it brings in with `use`, main first, then in the order of
/// first use (depth first).
struct LoadedProgram: Sendable {
    var files: [LoadedFile]
    var diagnostics: [Diagnostic]
    /// Used files that do not exist (their names are not reported unknown again).
    var missingUses: [MissingUse] = []
}

/// A file whose `use` declarations are being followed.
private struct UseFrame {
    var file: Int
    var uses: [UseDeclaration]
    var next = 0
}

/// Reads the main script and follows `use` declarations, without recursion (a long chain of
/// files must not overflow the stack).
enum Loader {
    static func load(main mainPath: String, from provider: some SourceProvider, limits: ScriptLimits = .standard)
        -> LoadedProgram
    {
        let limitChecks = LimitChecks(limits: limits)
        var diagnostics: [Diagnostic] = []
        let whole = SourceRange.wholeFile(mainPath)
        let mainBytes: [UInt8]
        switch provider.read(mainPath, isMain: true) {
        case .bytes(let bytes): mainBytes = bytes
        case .notFound:
            return LoadedProgram(
                files: [],
                diagnostics: [
                    Diagnostic(
                        .fileNotFound, "no script file '\(mainPath)'", at: whole,
                        help: "check the path and the file name; scripts end in '.call'")
                ])
        case .isFolder:
            return LoadedProgram(
                files: [],
                diagnostics: [
                    Diagnostic(
                        .fileIsFolder, "'\(mainPath)' is a folder, not a script file", at: whole,
                        help: "give the path of the '.call' file inside the folder")
                ])
        case .outsideFolder:
            return LoadedProgram(
                files: [], diagnostics: [Diagnostic(.fileUnreadable, "cannot read '\(mainPath)'", at: whole)])
        case .unreadable(let reason):
            return LoadedProgram(
                files: [],
                diagnostics: [
                    Diagnostic(
                        .fileUnreadable, "cannot read '\(mainPath)': \(reason)", at: whole,
                        help: "check that the file exists and that you may read it")
                ])
        case .tooLarge(let size):
            return LoadedProgram(files: [], diagnostics: [limitChecks.tooLarge(size, path: mainPath)])
        }
        if isBlank(mainBytes) {
            return LoadedProgram(
                files: [],
                diagnostics: [
                    Diagnostic(
                        .fileEmpty, "script file '\(mainPath)' is empty", at: whole,
                        help: "start the script with a header: script \"name\" { ... }")
                ])
        }
        if let problem = limitChecks.fileProblem(mainBytes, path: mainPath, totalSoFar: 0) {
            return LoadedProgram(files: [], diagnostics: [problem])
        }
        var totalBytes = mainBytes.count
        var files: [LoadedFile] = []
        var loaded: [String: Int] = [:]
        var missingUses: [MissingUse] = []

        func add(_ path: String, _ bytes: [UInt8]) -> Int {
            let source = SourceFile(path: path, bytes: bytes)
            let parsed = Parser.parse(source)
            diagnostics.append(contentsOf: parsed.diagnostics)
            let errors = parsed.diagnostics.filter { $0.severity == .error }.map(\.range.start.offset).sorted()
            files.append(LoadedFile(path: path, source: source, syntax: parsed.file, syntaxErrorOffsets: errors))
            loaded[path] = files.count - 1
            return files.count - 1
        }

        func uses(of file: Int) -> [UseDeclaration] {
            files[file].syntax.items.compactMap { if case .use(let u) = $0 { u } else { nil } }
        }

        let mainIndex = add(mainPath, mainBytes)
        var stack = [UseFrame(file: mainIndex, uses: uses(of: mainIndex))]
        var onStack: [String: Int] = [mainPath: 0]

        while let top = stack.last {
            guard top.next < top.uses.count else {
                onStack[files[top.file].path] = nil
                stack.removeLast()
                continue
            }
            let use = top.uses[top.next]
            stack[stack.count - 1].next += 1
            let including = files[top.file]
            func report(_ code: DiagnosticCode, _ message: String, help: String? = nil, notes: [String] = []) {
                diagnostics.append(
                    Diagnostic(
                        code, message, at: including.source.range(use.path.span.start, use.path.span.end), notes: notes,
                        help: help))
            }
            if !use.path.placeholders.isEmpty {
                report(
                    .placeholderNotAllowed, "a use path cannot contain placeholders",
                    help: "write the file's path literally")
                continue
            }
            let written = use.path.plainText
            let target: String
            switch RelativePath.resolve(written, from: including.path, mainFolder: provider.projectFolder) {
            case .resolved(let path): target = path
            case .escapes:
                report(
                    .useEscapesFolder, "'\(written)' is outside the main script's folder",
                    help:
                        "move the file into the script's folder, or put a '\(ProjectRoot.fileName)' at the top of the repository so campaigns can share files under it"
                )
                continue
            case .escapesRoot:
                report(
                    .useEscapesRoot, "'\(written)' is outside the project root",
                    help:
                        "a script can use only files under the folder that holds '\(ProjectRoot.fileName)'; move the file into that folder"
                )
                continue
            case .invalid(let reason):
                report(
                    .invalidUsePath, "invalid use path '\(written)': \(reason)",
                    help: "write a path relative to this file, such as \"shared/closing.call\"")
                continue
            }
            if let position = onStack[target] {
                let chain = stack[position...].map { files[$0.file].path } + [target]
                report(
                    .useCycle, "use cycle: \(chain.joined(separator: " -> "))",
                    help: "remove one of these use declarations; a file may not use itself, directly or indirectly")
                continue
            }
            if loaded[target] != nil { continue }
            if files.count >= limits.maximumFiles {
                report(
                    .tooManyFiles, "the script uses more than \(limits.maximumFiles - 1) files",
                    help: "bring shared steps together in fewer files")
                continue
            }
            let bytes: [UInt8]
            switch provider.read(target, isMain: false) {
            case .bytes(let b): bytes = b
            case .notFound:
                let missing = MissingUse.resolve(written: written, target: target, from: provider)
                missingUses.append(missing)
                let fixIts = missing.suggestion.map { suggestion in
                    let range = including.source.range(use.path.span.start, use.path.span.end)
                    return [
                        FixIt(
                            message: "use '\(suggestion)'",
                            edits: [TextEdit(range: range, replacement: "\"\(suggestion)\"")])
                    ]
                }
                diagnostics.append(
                    Diagnostic(
                        .fileNotFound, "no file '\(written)'",
                        at: including.source.range(use.path.span.start, use.path.span.end),
                        notes: ["looked for '\(target)' in the main script's folder"],
                        help: missing.suggestion.map { "did you mean '\($0)'?" }
                            ?? "paths are relative to the file that uses them",
                        fixIts: fixIts ?? []))
                continue
            case .isFolder:
                report(
                    .fileIsFolder, "'\(written)' is a folder, not a script file",
                    help: "use a '.call' file inside the folder")
                continue
            case .unreadable(let reason):
                report(.fileUnreadable, "cannot read '\(written)': \(reason)")
                continue
            case .outsideFolder where provider.projectFolder != nil:
                report(
                    .useEscapesRoot, "'\(written)' leads outside the project root through a symbolic link",
                    help: "copy the file into the project instead of linking to it")
                continue
            case .outsideFolder:
                report(
                    .useEscapesFolder, "'\(written)' leads outside the main script's folder through a symbolic link",
                    help: "copy the file into the script's folder instead of linking to it")
                continue
            case .tooLarge(let size):
                diagnostics.append(limitChecks.tooLarge(size, path: target))
                continue
            }
            if isBlank(bytes) {
                report(
                    .fileEmpty, "used file '\(written)' is empty",
                    help: "add the steps, handlers or fields to share, or remove this use")
                continue
            }
            if let problem = limitChecks.fileProblem(bytes, path: target, totalSoFar: totalBytes) {
                diagnostics.append(problem)
                continue
            }
            totalBytes += bytes.count
            let index = add(target, bytes)
            if let header = files[index].syntax.header {
                let source = files[index].source
                diagnostics.append(
                    Diagnostic(
                        .headerInUsedFile, "a used file cannot have a script header",
                        at: source.range(header.span.start, header.name.span.end),
                        related: [
                            RelatedLocation(
                                label: "used here", range: including.source.range(use.span.start, use.span.end))
                        ], help: "remove the header from '\(target)'; only the main script has one"))
            }
            onStack[target] = stack.count
            stack.append(UseFrame(file: index, uses: uses(of: index)))
        }
        return LoadedProgram(files: files, diagnostics: diagnostics, missingUses: missingUses)
    }

    /// True for a file with nothing but white space.
    static func isBlank(_ bytes: [UInt8]) -> Bool {
        bytes.allSatisfy { $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }
    }
}
