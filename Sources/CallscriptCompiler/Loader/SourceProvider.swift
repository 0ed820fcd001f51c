import CallscriptIO
import Foundation

/// What reading one script file gave.
public enum SourceReadResult: Sendable, Equatable {
    case bytes([UInt8])
    case notFound
    case isFolder
    /// The file exists but cannot be read; `reason` says why, for the diagnostic.
    case unreadable(reason: String)
    /// The path resolves (through a symbolic link) to a place outside the main script's folder,
    /// or outside the project root when there is one.
    case outsideFolder
    /// The file is larger than `ScriptLimits.maximumFileBytes`; it was not read.
    case tooLarge(bytes: Int)
}

/// Where the compiler reads script files from: the disk, or memory (tests, the language server,
/// fuzzers). Paths are normalised, `/`-separated and relative to the main script's folder
/// (`winback.call`, `shared/closing.call`); they never contain `.` components, and `..` only
/// at the start, when a project root lets `use` climb above the main script's folder
/// (`../gedeeld/afsluiting.call`).
public protocol SourceProvider: Sendable {
    /// Reads one file. `isMain` is true for the main script, which may itself be a symbolic link
    /// to anywhere; every other file must stay inside the main script's folder, or inside the
    /// project root when there is one.
    func read(_ relativePath: String, isMain: Bool) -> SourceReadResult

    /// The main script's folder under the project root, as folder names from the root
    /// (`["energie-optin"]`; `[]` when the script sits in the root itself); nil when there is no
    /// project root, so `use` stays inside the main script's folder.
    var projectFolder: [String]? { get }

    /// The translation files of the main script `main`: `<name>.<language>.po` in its folder
    /// (`winback.en.po` for `winback.call`), as paths relative to that folder, sorted.
    func translationFiles(of main: String) -> [String]

    /// The names of the `.call` files directly in `folder` ("" for the main script's folder),
    /// for "did you mean" when a used file is missing. Empty when the provider cannot list.
    func scriptFileNames(inFolder folder: String) -> [String]
}

extension SourceProvider {
    /// No project root unless the provider has one.
    public var projectFolder: [String]? { nil }

    /// No translation files unless the provider can list them.
    public func translationFiles(of main: String) -> [String] { [] }

    public func scriptFileNames(inFolder folder: String) -> [String] { [] }
}

/// Script files held in memory, keyed by path relative to the main script's folder.
public struct InMemorySources: SourceProvider {
    public var files: [String: [UInt8]]
    /// As if the main script's folder were this folder under a project root (keys for files
    /// above it start with `../`); nil for no project root.
    public var projectFolder: [String]?

    public init(files: [String: [UInt8]], projectFolder: [String]? = nil) {
        self.files = files
        self.projectFolder = projectFolder
    }

    public init(texts: [String: String], projectFolder: [String]? = nil) {
        self.files = texts.mapValues { Array($0.utf8) }
        self.projectFolder = projectFolder
    }

    public func translationFiles(of main: String) -> [String] {
        files.keys.filter { TranslationFiles.language(of: $0, main: main) != nil }.sorted()
    }

    public func read(_ relativePath: String, isMain: Bool) -> SourceReadResult {
        if let bytes = files[relativePath] { return .bytes(bytes) }
        let prefix = relativePath + "/"
        if files.keys.contains(where: { $0.hasPrefix(prefix) }) { return .isFolder }
        return .notFound
    }

    public func scriptFileNames(inFolder folder: String) -> [String] {
        let prefix = folder.isEmpty ? "" : folder + "/"
        return files.keys.compactMap { path -> String? in
            guard path.hasPrefix(prefix), path.hasSuffix(".call") else { return nil }
            let name = path.dropFirst(prefix.count)
            return name.contains("/") ? nil : String(name)
        }.sorted()
    }
}

/// Script files on disk under one folder (the main script's folder), or under the project
/// root that holds it.
public struct DiskSources: SourceProvider {
    /// The folder as given (absolute or relative to the working directory).
    public let folder: URL
    /// Every file but the main script must resolve to a place under this folder: the project
    /// root when there is one, else the main script's folder.
    private let realFolder: String
    /// Larger files are not read (`tooLarge`), so a huge file cannot exhaust memory.
    public let maximumFileBytes: Int
    public let projectFolder: [String]?
    /// Where relative paths start: `folder`, or with a project root the main script's real
    /// folder under it, so a leading `..` climbs the root's folders and not a link's.
    private let base: URL

    /// `projectRoot`, when given, must hold `folder`; otherwise it is ignored.
    public init(
        folder: URL, maximumFileBytes: Int = ScriptLimits.standard.maximumFileBytes, projectRoot: ProjectRoot? = nil
    ) {
        self.folder = folder
        self.maximumFileBytes = maximumFileBytes
        let inRoot = projectRoot.flatMap { $0.components(of: folder) }
        self.projectFolder = inRoot
        if let projectRoot, let inRoot {
            self.realFolder = projectRoot.folder.path
            self.base = inRoot.reduce(projectRoot.folder) { $0.appendingPathComponent($1) }
        } else {
            self.realFolder = folder.standardizedFileURL.resolvingSymlinksInPath().path
            self.base = folder
        }
    }

    public func translationFiles(of main: String) -> [String] {
        let mainURL = folder.appendingPathComponent(main)
        let names =
            (try? FileManager.default.contentsOfDirectory(atPath: mainURL.deletingLastPathComponent().path)) ?? []
        let prefix = (main as NSString).deletingLastPathComponent
        return names.map { prefix.isEmpty ? $0 : prefix + "/" + $0 }
            .filter { TranslationFiles.language(of: $0, main: main) != nil }.sorted()
    }

    public func scriptFileNames(inFolder relativeFolder: String) -> [String] {
        let url = relativeFolder.isEmpty ? folder : folder.appendingPathComponent(relativeFolder)
        let names = (try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []
        return names.filter { $0.hasSuffix(".call") }.sorted()
    }

    public func read(_ relativePath: String, isMain: Bool) -> SourceReadResult {
        let url =
            isMain || projectFolder == nil
            ? folder.appendingPathComponent(relativePath)
            : base.appendingPathComponent(relativePath).standardizedFileURL
        // One `stat` (which follows links, as opening the file does) answers what the file is:
        // FileManager's existence, type and size queries built a dictionary of attributes each,
        // and the first one made the runtime look up the attribute key's conformances, a scan
        // of every conformance in the binary (with the queries, 7% of a small script's `check`).
        var info = stat()
        guard stat(url.path, &info) == 0 else {
            let error = SystemError.last
            return error.code == ENOENT || error.code == ENOTDIR ? .notFound : .unreadable(reason: error.description)
        }
        if info.st_mode & S_IFMT == S_IFDIR { return .isFolder }
        if !isMain {
            let real = url.standardizedFileURL.resolvingSymlinksInPath().path
            let root = realFolder.hasSuffix("/") ? realFolder : realFolder + "/"
            if !real.hasPrefix(root) { return .outsideFolder }
        }
        // Refuse devices and pipes: reading one could block forever.
        guard info.st_mode & S_IFMT == S_IFREG else { return .unreadable(reason: "not a regular file") }
        // Never read a file that could exhaust memory; the loader reports the limit.
        if Int(info.st_size) > maximumFileBytes { return .tooLarge(bytes: Int(info.st_size)) }
        // Straight into one buffer of the file's size: read into `Data` and copied into an
        // array, a large script's bytes were written (and their pages faulted in) twice.
        switch InputFile.read(url.path, limit: maximumFileBytes) {
        case .success(let bytes): return .bytes(bytes)
        // It grew past the limit after its size was checked: at least this large.
        case .failure(.tooLarge): return .tooLarge(bytes: maximumFileBytes + 1)
        case .failure(let problem): return .unreadable(reason: problem.description)
        }
    }
}
