import CallscriptDiagnostics
import CallscriptSyntax
import Foundation

/// One script found on the command line.
struct ScriptInput: Sendable, Hashable {
    /// As the user wrote it, or joined from a folder they named.
    let path: String
    /// Found by searching a folder (rather than named directly).
    let fromFolder: Bool
}

/// An I/O problem with the paths given: exit code 2.
struct InputError: Error, Sendable {
    let message: String
}

/// Turns `check` arguments into scripts: files as given, folders searched recursively for `*.call`.
enum ScriptDiscovery {
    /// `exclude` holds files or folders (as the user wrote them) whose scripts found by a
    /// folder search are skipped, e.g. a folder of deliberately broken examples.
    static func collect(_ paths: [String], exclude: [String] = []) throws(InputError) -> [ScriptInput] {
        let excluded = exclude.map(normalized)
        func isExcluded(_ file: String) -> Bool {
            let f = normalized(file)
            return excluded.contains { f == $0 || f.hasPrefix($0 + "/") }
        }
        var out: [ScriptInput] = []
        var seen: Set<String> = []
        let fm = FileManager.default
        for path in paths {
            var isDir: ObjCBool = false
            guard fm.fileExists(atPath: path, isDirectory: &isDir) else {
                throw InputError(message: "no such file or folder: \(path)")
            }
            if isDir.boolValue {
                let found = callFiles(in: path).filter { !isExcluded($0) }
                if found.isEmpty {
                    throw InputError(message: "no .call scripts found in folder \(path)")
                }
                for f in found where seen.insert(f).inserted { out.append(ScriptInput(path: f, fromFolder: true)) }
            } else {
                guard fm.isReadableFile(atPath: path) else {
                    throw InputError(message: "cannot read \(path): permission denied")
                }
                if seen.insert(path).inserted { out.append(ScriptInput(path: path, fromFolder: false)) }
            }
        }
        return out
    }

    /// A path without `./` components or a trailing slash, for comparing what users type.
    static func normalized(_ path: String) -> String {
        let parts = path.split(separator: "/", omittingEmptySubsequences: true).filter { $0 != "." }
        return (path.hasPrefix("/") ? "/" : "") + parts.joined(separator: "/")
    }

    /// `*.call` files under `folder`, sorted, as `folder/relative/path`.
    static func callFiles(in folder: String) -> [String] {
        let fm = FileManager.default
        guard let walker = fm.enumerator(atPath: folder) else { return [] }
        var found: [String] = []
        while let rel = walker.nextObject() as? String {
            if rel.hasSuffix(".call") {
                let base = folder.hasSuffix("/") ? String(folder.dropLast()) : folder
                found.append(base + "/" + rel)
            }
        }
        return found.sorted()
    }

    /// Whether the file's first token is the `script` keyword. Files found in a folder
    /// without a header are shared files, checked through the scripts that `use` them. An
    /// unreadable file counts as a main script, so that `check` reports the problem.
    static func hasScriptHeader(_ path: String) -> Bool {
        guard let data = FileManager.default.contents(atPath: path) else { return true }
        return ScriptFileKind(bytes: Array(data), path: path) != .shared
    }
}
