import Foundation

/// Creating folders with POSIX calls, so a failure carries the system's reason
/// ("Permission denied", "Not a directory") instead of a Foundation error number.
public enum Folders {
    /// Creates `path` and any missing parent folders (like `mkdir -p`).
    public static func create(_ path: String) throws(SystemError) {
        var info = stat()
        if stat(path, &info) == 0 {
            guard info.st_mode & S_IFMT == S_IFDIR else { throw SystemError(ENOTDIR) }
            return
        }
        let parent = (path as NSString).deletingLastPathComponent
        if !parent.isEmpty, parent != path { try create(parent) }
        if mkdir(path, 0o777) != 0 {
            let failure = SystemError.last
            // Another process may have created it in between.
            if failure.code != EEXIST { throw failure }
        }
    }
}
