import Foundation

/// What reading one script file gave.
public enum SourceReadResult: Sendable, Equatable {
    case bytes([UInt8])
    case notFound
    case isFolder
    /// The file exists but cannot be read; `reason` says why, for the diagnostic.
    case unreadable(reason: String)
    /// The path resolves (through a symbolic link) to a place outside the main script's folder.
    case outsideFolder
    /// The file is larger than `ScriptLimits.maximumFileBytes`; it was not read.
    case tooLarge(bytes: Int)
}

/// Where the compiler reads script files from: the disk, or memory (tests, the language server,
/// fuzzers). Paths are normalised, `/`-separated and relative to the main script's folder
/// (`winback.call`, `shared/closing.call`); they never contain `.` or `..` components.
public protocol SourceProvider: Sendable {
    /// Reads one file. `isMain` is true for the main script, which may itself be a symbolic link
    /// to anywhere; every other file must stay inside the main script's folder.
    func read(_ relativePath: String, isMain: Bool) -> SourceReadResult

    /// The names of the `.call` files directly in `folder` ("" for the main script's folder),
    /// for "did you mean" when a used file is missing. Empty when the provider cannot list.
    func scriptFileNames(inFolder folder: String) -> [String]
}

extension SourceProvider {
    public func scriptFileNames(inFolder folder: String) -> [String] { [] }
}

/// Script files held in memory, keyed by path relative to the main script's folder.
public struct InMemorySources: SourceProvider {
    public var files: [String: [UInt8]]

    public init(files: [String: [UInt8]]) { self.files = files }

    public init(texts: [String: String]) {
        self.files = texts.mapValues { Array($0.utf8) }
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

/// Script files on disk under one folder (the main script's folder).
public struct DiskSources: SourceProvider {
    /// The folder as given (absolute or relative to the working directory).
    public let folder: URL
    private let realFolder: String
    /// Larger files are not read (`tooLarge`), so a huge file cannot exhaust memory.
    public let maximumFileBytes: Int

    public init(folder: URL, maximumFileBytes: Int = ScriptLimits.standard.maximumFileBytes) {
        self.folder = folder
        self.maximumFileBytes = maximumFileBytes
        self.realFolder = folder.standardizedFileURL.resolvingSymlinksInPath().path
    }

    public func scriptFileNames(inFolder relativeFolder: String) -> [String] {
        let url = relativeFolder.isEmpty ? folder : folder.appendingPathComponent(relativeFolder)
        let names = (try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []
        return names.filter { $0.hasSuffix(".call") }.sorted()
    }

    public func read(_ relativePath: String, isMain: Bool) -> SourceReadResult {
        let url = folder.appendingPathComponent(relativePath)
        let fm = FileManager.default
        var isDirectory: ObjCBool = false
        guard fm.fileExists(atPath: url.path, isDirectory: &isDirectory) else { return .notFound }
        if isDirectory.boolValue { return .isFolder }
        if !isMain {
            let real = url.standardizedFileURL.resolvingSymlinksInPath().path
            let root = realFolder.hasSuffix("/") ? realFolder : realFolder + "/"
            if !real.hasPrefix(root) { return .outsideFolder }
        }
        // Refuse devices and pipes: reading one could block forever.
        if let type = (try? fm.attributesOfItem(atPath: url.path))?[.type] as? FileAttributeType,
            type != .typeRegular, type != .typeSymbolicLink
        {
            return .unreadable(reason: "not a regular file")
        }
        guard fm.isReadableFile(atPath: url.path) else { return .unreadable(reason: "permission denied") }
        // Never read a file that could exhaust memory; the loader reports the limit.
        if let size = (try? fm.attributesOfItem(atPath: url.path))?[.size] as? Int, size > maximumFileBytes {
            return .tooLarge(bytes: size)
        }
        do {
            let data = try Data(contentsOf: url)
            return .bytes([UInt8](data))
        } catch {
            return .unreadable(reason: "\(error.localizedDescription)")
        }
    }
}
