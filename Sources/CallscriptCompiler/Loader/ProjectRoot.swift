import Foundation

/// The top folder of a campaign repository, marked by a `callscript.json` file there.
///
/// Without a project root, `use` stays inside the main script's folder. With one, `use` may
/// reach any file under the root (so campaigns share a `gedeeld/` folder), but never a file
/// outside it, never through a symbolic link that leads out of it, and never by an absolute
/// path. The lookup is its own type so that every tool finds the same root: the compiler for
/// `use`, reports for paths relative to the root (SARIF `uriBaseId`), the language server.
public struct ProjectRoot: Sendable, Hashable {
    /// The marker file's name.
    public static let fileName = "callscript.json"

    /// The root folder: absolute, standardised, symbolic links resolved.
    public let folder: URL
    /// The optional `name` entry of `callscript.json`, for reports.
    public let name: String?

    public init(folder: URL, name: String? = nil) {
        self.folder = folder.standardizedFileURL.resolvingSymlinksInPath()
        self.name = name
    }

    /// What looking for a root found.
    public enum Lookup: Sendable, Hashable {
        /// No `callscript.json` up to the repository's top (a folder with `.git`) or `/`.
        case none
        case found(ProjectRoot)
        /// A `callscript.json` that is not a JSON object; `reason` is for people.
        case invalid(file: URL, reason: String)

        /// The root, when one was found and is valid.
        public var root: ProjectRoot? {
            if case .found(let root) = self { root } else { nil }
        }
    }

    /// Looks for `callscript.json` in `start` and in each folder above it. The search stops
    /// at the first folder holding `.git` (the repository's top), so a stray file above the
    /// repository never widens what scripts may read.
    public static func find(from start: URL) -> Lookup {
        let fm = FileManager.default
        var folder = start.standardizedFileURL.resolvingSymlinksInPath()
        while true {
            let marker = folder.appendingPathComponent(fileName)
            var isFolder: ObjCBool = false
            if fm.fileExists(atPath: marker.path, isDirectory: &isFolder), !isFolder.boolValue {
                return read(marker, folder: folder)
            }
            if fm.fileExists(atPath: folder.appendingPathComponent(".git").path) { return .none }
            let parent = folder.deletingLastPathComponent().standardizedFileURL
            if parent.path == folder.path { return .none }
            folder = parent
        }
    }

    /// The root's marker file is small: a JSON object, today with only an optional `name`.
    private static func read(_ marker: URL, folder: URL) -> Lookup {
        let limit = 64 * 1024
        guard let data = try? Data(contentsOf: marker) else {
            return .invalid(file: marker, reason: "the file cannot be read")
        }
        if data.count > limit { return .invalid(file: marker, reason: "the file is larger than 64 KiB") }
        if data.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) {
            return .found(ProjectRoot(folder: folder))
        }
        guard let object = (try? JSONSerialization.jsonObject(with: data)) as? [String: Any] else {
            return .invalid(file: marker, reason: "it is not a JSON object")
        }
        if let name = object["name"], !(name is String) {
            return .invalid(file: marker, reason: "its \"name\" is not a text")
        }
        return .found(ProjectRoot(folder: folder, name: object["name"] as? String))
    }

    /// The folder names from the root down to `url` (`["energie-optin"]`), symbolic links
    /// resolved; nil when `url` is not under the root. The root itself gives `[]`.
    public func components(of url: URL) -> [String]? {
        let real = url.standardizedFileURL.resolvingSymlinksInPath().path
        let root = folder.path
        if real == root { return [] }
        let prefix = root.hasSuffix("/") ? root : root + "/"
        guard real.hasPrefix(prefix) else { return nil }
        return real.dropFirst(prefix.count).split(separator: "/").map(String.init)
    }

    /// `url` relative to the root with `/` between folders (`energie-optin/winback.call`);
    /// nil when it is outside the root.
    public func relativePath(of url: URL) -> String? {
        components(of: url).map { $0.joined(separator: "/") }
    }

    /// True when `url`, with symbolic links resolved, lies under the root.
    public func contains(_ url: URL) -> Bool { components(of: url) != nil }
}
