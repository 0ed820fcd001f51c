import Foundation

/// Why a file could not be read, in words a person can act on.
public enum ReadProblem: Error, Sendable, Hashable, CustomStringConvertible {
    case notFound
    case isFolder
    case permissionDenied
    /// The file is larger than the reader accepts (the limit in bytes).
    case tooLarge(limit: Int)
    /// Any other system error, with its text.
    case failed(String)

    public var description: String {
        switch self {
        case .notFound: "no such file"
        case .isFolder: "it is a folder, not a file"
        case .permissionDenied: "permission denied"
        case .tooLarge(let limit): "it is larger than \(limit / 1024) KiB"
        case .failed(let reason): reason
        }
    }
}

/// Reads input files with POSIX calls, so that a folder, a missing file or a permission
/// problem is a `ReadProblem` rather than a Foundation error number
/// ("NSCocoaErrorDomain error 256").
public enum InputFile {
    /// The whole file, refusing anything larger than `limit` bytes.
    public static func read(_ path: String, limit: Int = 64 << 20) -> Result<[UInt8], ReadProblem> {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return .failure(problem(SystemError.last)) }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { return .failure(problem(SystemError.last)) }
        if info.st_mode & S_IFMT == S_IFDIR { return .failure(.isFolder) }
        var bytes: [UInt8] = []
        // A regular file's size is known: one allocation and large reads (a compiled
        // 100,000-step machine is 140 MB). The loop still ends at the end of the file, so a
        // file that grows or shrinks meanwhile is read as it is.
        if info.st_mode & S_IFMT == S_IFREG, info.st_size > 0 {
            bytes.reserveCapacity(min(Int(info.st_size), limit) + 1)
        }
        while true {
            let chunk: [UInt8]
            do { chunk = try StandardStream.read(from: fd, limit: 1 << 20) } catch { return .failure(problem(error)) }
            if chunk.isEmpty { return .success(bytes) }
            bytes += chunk
            if bytes.count > limit { return .failure(.tooLarge(limit: limit)) }
        }
    }

    private static func problem(_ error: SystemError) -> ReadProblem {
        switch error.code {
        case ENOENT, ENOTDIR: .notFound
        case EISDIR: .isFolder
        case EACCES, EPERM: .permissionDenied
        default: .failed(error.description)
        }
    }
}
