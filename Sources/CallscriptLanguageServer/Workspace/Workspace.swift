import CallscriptDiagnostics
import CallscriptSyntax
import Foundation

/// A document the editor has open, with the URI exactly as the editor sent it.
struct OpenDocument: Sendable {
    var uri: String
    var text: String
}

/// What the server knows about the designer's files: the open documents, the main scripts
/// (files with a `script` header) checked with them, and the files each main script brought in
/// with `use`. A headerless file is a shared file: it is never compiled on its own, only
/// through the main scripts that use it.
struct Workspace: Sendable {
    /// Open documents by absolute path.
    var documents: [String: OpenDocument] = [:]
    /// The editor's workspace folders (absolute paths), searched for the scripts that use a shared file.
    var roots: [String] = []
    /// The last check of every main script known, by absolute path.
    private(set) var programs: [String: CheckedScript] = [:]
    /// Folders already searched for main scripts.
    private var searched: Set<String> = []
    let checker: LanguageServer.Checker

    init(checker: @escaping LanguageServer.Checker) { self.checker = checker }

    /// The URI to publish for a path: the editor's own when it named the file.
    func uri(_ path: String) -> String { documents[path]?.uri ?? DocumentURI.uri(path) }

    /// The text of a file: the editor's unsaved text, else the disk's.
    func text(_ path: String) -> String? {
        if let open = documents[path] { return open.text }
        return ScriptDiscovery.read(path)
    }

    /// The file as the editor sees it, named by its absolute path.
    func source(_ path: String) -> SourceFile? { text(path).map { SourceFile(path: path, text: $0) } }

    /// True when the file starts with a `script` header: a main script, not a shared file.
    func isMain(_ path: String) -> Bool { text(path).map(ScriptDiscovery.hasHeader) ?? false }

    /// The checks that read `path`: the main scripts it is or that use it.
    func programs(containing path: String) -> [CheckedScript] {
        programs.values.filter { $0.files[path] != nil }.sorted { $0.main < $1.main }
    }

    /// The checks shown in the editor: those that read at least one open document.
    var visiblePrograms: [CheckedScript] {
        programs.values.filter { p in documents.keys.contains { p.files[$0] != nil } }.sorted { $0.main < $1.main }
    }

    /// Re-checks every main script that `path` affects after it changed (or was opened or saved).
    mutating func refresh(changed path: String) {
        var mains = Set(programs(containing: path).map(\.main))
        if isMain(path) {
            mains.insert(path)
        } else {
            // A file that lost its header is no longer a main script.
            programs[path] = nil
            mains.remove(path)
            if mains.isEmpty { mains = Set(findUsers(of: path)) }
        }
        let overlay = documents.mapValues(\.text)
        for main in mains.sorted() { programs[main] = checker(main, overlay) }
    }

    /// Forgets the check of a main script that is closed and used by nothing open.
    mutating func forgetHidden() {
        for (main, program) in programs where !documents.keys.contains(where: { program.files[$0] != nil }) {
            programs[main] = nil
        }
        searched = []
    }

    /// Searches the workspace folders (or, without any, the folders above `path`) for main
    /// scripts, checks those not known yet, and returns the ones that use `path`.
    private mutating func findUsers(of path: String) -> [String] {
        let overlay = documents.mapValues(\.text)
        for folder in ScriptDiscovery.folders(around: path, roots: roots) where !searched.contains(folder) {
            searched.insert(folder)
            for main in ScriptDiscovery.mainScripts(in: folder) where programs[main] == nil {
                programs[main] = checker(main, overlay)
            }
        }
        return programs(containing: path).map(\.main)
    }
}
