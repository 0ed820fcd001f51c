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
        // A regular file's size is known: read straight into one buffer of that size and one
        // byte more (a compiled 100,000-step machine is 140 MB; chunks copied into it cost a
        // third of loading it). The loop below reads on when the file grew meanwhile, so a
        // file that grows or shrinks is read as it is.
        if info.st_mode & S_IFMT == S_IFREG, info.st_size > 0 {
            let capacity = min(Int(info.st_size), limit) + 1
            var failure: SystemError?
            bytes = [UInt8](unsafeUninitializedCapacity: capacity) { buffer, count in
                while count < capacity {
                    let n = Foundation.read(fd, buffer.baseAddress.map { $0 + count }, capacity - count)
                    if n > 0 {
                        count += n
                    } else if n == 0 {
                        return
                    } else if SystemError.last.code != EINTR {
                        failure = SystemError.last
                        return
                    }
                }
            }
            if let failure { return .failure(problem(failure)) }
            if bytes.count > limit { return .failure(.tooLarge(limit: limit)) }
            if bytes.count < capacity { return .success(bytes) }
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
