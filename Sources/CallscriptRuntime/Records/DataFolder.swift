import CallscriptIO
import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Where a runner keeps its durable records. All paths can be set separately (the objection
/// list is usually shared by every campaign of the organisation).
public struct DataFolder: Sendable, Hashable {
    public var root: URL
    /// One E.164 number per line.
    public var objectionList: URL
    /// JSON Lines of consent given and withdrawn.
    public var consentRegister: URL
    /// JSON Lines of planned callbacks.
    public var callbackList: URL
    /// The hash-chained JSON Lines audit trail.
    public var auditLog: URL
    /// Saved session states, one `<session>.json` each.
    public var sessions: URL
    /// The folder's settings (retention periods), `settings.json`.
    public var settings: URL
    /// JSON Lines of calls started under a call limit (`attempts.jsonl`, made on first use).
    public var attemptLog: URL

    /// The standard layout under `root`: `objections.txt`, `consents.jsonl`, `callbacks.jsonl`,
    /// `audit.jsonl` and `sessions/`.
    public init(root: URL) {
        self.root = root
        objectionList = root.appendingPathComponent("objections.txt")
        consentRegister = root.appendingPathComponent("consents.jsonl")
        callbackList = root.appendingPathComponent("callbacks.jsonl")
        auditLog = root.appendingPathComponent("audit.jsonl")
        sessions = root.appendingPathComponent("sessions")
        settings = root.appendingPathComponent("settings.json")
        attemptLog = root.appendingPathComponent("attempts.jsonl")
    }

    /// The saved state file of a session.
    public func sessionFile(_ sessionID: String) -> URL { sessions.appendingPathComponent("\(sessionID).json") }

    /// Checks before a call that every record can be written: creates missing folders and
    /// files, and refuses when a file is not writable or the disk has less than `minimumFreeBytes`.
    public func prepare(minimumFreeBytes: Int64 = 1 << 20) throws(RuntimeError) {
        let manager = FileManager.default
        for folder in [
            root, sessions, objectionList.deletingLastPathComponent(), consentRegister.deletingLastPathComponent(),
            callbackList.deletingLastPathComponent(), auditLog.deletingLastPathComponent(),
        ] {
            var isFolder: ObjCBool = false
            if manager.fileExists(atPath: folder.path, isDirectory: &isFolder) {
                if !isFolder.boolValue { throw .dataFolder(path: folder.path, reason: "it is a file, not a folder") }
                continue
            }
            do { try Folders.create(folder.path) } catch {
                throw .dataFolder(path: folder.path, reason: "it cannot be created (\(error))")
            }
            // Records hold personal data: a new folder is the owner's only.
            chmod(folder.path, LockedFile.folderMode)
        }
        for file in [objectionList, consentRegister, callbackList, auditLog] {
            let fd = open(file.path, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, LockedFile.fileMode)
            guard fd >= 0 else {
                throw .dataFolder(path: file.path, reason: "it cannot be written (\(LockedFile.errnoText()))")
            }
            close(fd)
        }
        var stats = statvfs()
        if statvfs(root.path, &stats) == 0 {
            let free = Int64(stats.f_bavail) * Int64(stats.f_frsize)
            if free < minimumFreeBytes {
                throw .dataFolder(
                    path: root.path, reason: "only \(free) bytes free on the disk (need \(minimumFreeBytes))")
            }
        }
    }
}
