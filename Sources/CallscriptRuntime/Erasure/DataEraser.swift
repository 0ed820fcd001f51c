import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// What an erasure (or a retention run) removed, file by file.
public struct ErasureReport: Sendable, Hashable {
    /// Audit entries replaced by sealed markers.
    public var auditEntries: Int = 0
    /// The `erasure` entry that records this erasure.
    public var erasureEntry: Int = 0
    public var sessions: Int = 0
    public var temporaryFiles: Int = 0
    public var consents: Int = 0
    public var callbacks: Int = 0
    /// Call attempts (state call limits) to the person's numbers.
    public var attempts: Int = 0
    /// Files in the data folder the eraser does not know, so did not examine.
    public var unexamined: [String] = []

    public init() {}
}

/// `callscript erase`: removes a person's personal data from every file of the data folder
/// (AVG art. 17), or everything older than the retention periods. What the law requires stays:
/// the number on the objection list, and the `erasure` audit entry recording that it happened.
/// Each file is rewritten atomically; after a crash, running the same erasure again finishes it.
public enum DataEraser {
    /// Erases contact `id`: their audit entries become sealed markers; their sessions, any
    /// left-over temporary file of theirs (or of a runner that is gone), their consents and
    /// callbacks (matched by ID or by any number of theirs) are removed.
    public static func erase(
        contact id: String, data: DataFolder, key: AuditKey, agent: String, clock: RuntimeClock = .system
    ) throws(RuntimeError) -> ErasureReport {
        guard !id.trimmingCharacters(in: .whitespaces).isEmpty else {
            throw .erasureNeedsContact(path: data.root.path)
        }
        // An interrupted step may hold the person's records: complete it first, so nothing of
        // theirs lands in the files after they were erased.
        try FileRecordStore(data).recover(session: nil)
        let log = AuditLog(path: data.auditLog.path)
        let consents = ConsentRegister(path: data.consentRegister.path)
        let callbacks = CallbackList(path: data.callbackList.path)
        // Their numbers, gathered before anything is erased: records elsewhere may carry only the number.
        var phones: Set<String> = []
        for entry in try log.read().entries {
            if let p = entry.payload, p.contact == id, let phone = p.phone { phones.insert(normalized(phone)) }
        }
        for r in try consents.records() where r.person == id { phones.insert(normalized(r.phone)) }
        for r in try callbacks.records() where r.person == id { phones.insert(normalized(r.phone)) }

        var report = ErasureReport()
        let time = Timestamp.utc(clock.now())
        let audit = try AuditEraser.erase(
            log, key: key, contact: id, reason: "erasure request", time: time, agent: agent
        ) { $0.contact == id }
        report.auditEntries = audit.erased.count
        report.erasureEntry = audit.erasureEntry
        report.consents = try consents.remove { $0.person == id || phones.contains(normalized($0.phone)) }
        report.callbacks = try callbacks.remove { $0.person == id || phones.contains(normalized($0.phone)) }
        report.attempts = try AttemptLog(path: data.attemptLog.path).remove { phones.contains(normalized($0.phone)) }
        try removeIndexes(data)
        (report.sessions, report.temporaryFiles) = try removeSessions(in: data, mentioning: [id] + phones) {
            snapshot, _ in snapshot?.contact == id
        }
        report.unexamined = unexaminedFiles(in: data)
        return report
    }

    /// Applies the retention periods: audit content, captured answers, sessions, consents and
    /// callbacks older than their period are erased with the same guarantees as `erase(contact:)`.
    public static func applyRetention(
        _ settings: RetentionSettings, data: DataFolder, key: AuditKey, agent: String, clock: RuntimeClock = .system
    ) throws(RuntimeError) -> ErasureReport {
        try FileRecordStore(data).recover(session: nil)
        let log = AuditLog(path: data.auditLog.path)
        let plan = RetentionPlan(settings, trail: try log.read(), now: clock.now())
        var report = ErasureReport()
        let erased = try AuditEraser.erase(
            log, key: key, contact: "", reason: plan.reason, time: clock.timestamp(), agent: agent, where: plan.erases)
        report.auditEntries = erased.erased.count
        report.erasureEntry = erased.erasureEntry
        report.consents = try ConsentRegister(path: data.consentRegister.path).remove { $0.time < plan.consents }
        report.callbacks = try CallbackList(path: data.callbackList.path).remove { $0.time < plan.callbacks }
        report.attempts = try AttemptLog(path: data.attemptLog.path).remove { $0.time < plan.attempts }
        try removeIndexes(data)
        (report.sessions, report.temporaryFiles) = try removeSessions(in: data, mentioning: []) { snapshot, modified in
            plan.sessionExpired(snapshot?.session, savedAt: modified)
        }
        report.unexamined = unexaminedFiles(in: data)
        return report
    }

    static func normalized(_ phone: String) -> String { PhoneNumber.normalize(phone) ?? phone }

    /// Removes the session files `select` picks (given the snapshot, nil when unreadable, and
    /// when the file was last written), and temporary files left by a runner that is gone or
    /// that mention one of `needles`.
    static func removeSessions(
        in data: DataFolder, mentioning needles: [String], _ select: (SessionSnapshot?, Date) -> Bool
    ) throws(RuntimeError) -> (sessions: Int, temporary: Int) {
        let manager = FileManager.default
        var sessions = 0
        var temporary = 0
        for folder in [data.sessions, data.root] {
            let files = (try? manager.contentsOfDirectory(atPath: folder.path)) ?? []
            for name in files.sorted() {
                let path = folder.appendingPathComponent(name).path
                if let pid = temporaryWriter(name) {
                    let text = String(decoding: (try? LockedFile.readAll(path)) ?? [], as: UTF8.self)
                    let orphan = kill(pid, 0) != 0 && errno == ESRCH
                    if orphan || needles.contains(where: { !$0.isEmpty && text.contains($0) }) {
                        try remove(path)
                        temporary += 1
                    }
                    continue
                }
                guard folder == data.sessions, name.hasSuffix(".json") else { continue }
                let modified =
                    ((try? manager.attributesOfItem(atPath: path))?[.modificationDate] as? Date) ?? .distantFuture
                let snapshot = (try? LockedFile.readAll(path)).flatMap {
                    try? SessionSnapshot.decode(Data($0), file: name)
                }
                if select(snapshot, modified) {
                    try remove(path)
                    sessions += 1
                }
            }
        }
        if sessions + temporary > 0 { LockedFile.syncDirectory(of: data.sessionFile("x").path) }
        return (sessions, temporary)
    }

    /// Removes the lookup indexes beside the consent register and the callback list
    /// (`consents.idx`): they hold keys of the erased records and are rebuilt from the
    /// register on the next lookup. The objection list's index stays: it holds only numbers.
    static func removeIndexes(_ data: DataFolder) throws(RuntimeError) {
        for file in [data.consentRegister, data.callbackList] {
            try remove(indexPath(besides: file))
        }
    }

    /// `consents.jsonl` → `consents.idx`.
    static func indexPath(besides file: URL) -> String {
        file.pathExtension.isEmpty
            ? file.path + ".idx" : file.deletingPathExtension().appendingPathExtension("idx").path
    }

    /// The process ID in a temporary file's name (`<file>.tmp-<pid>`), nil for other files.
    static func temporaryWriter(_ name: String) -> pid_t? {
        guard let range = name.range(of: ".tmp-", options: .backwards) else { return nil }
        return pid_t(name[range.upperBound...])
    }

    static func remove(_ path: String) throws(RuntimeError) {
        guard unlink(path) == 0 || errno == ENOENT else {
            throw .io(path: path, operation: "remove", reason: LockedFile.errnoText())
        }
    }

    /// Regular files anywhere in the data folder that hold no record the eraser knows.
    static func unexaminedFiles(in data: DataFolder) -> [String] {
        let known = Set(
            [
                data.objectionList, data.consentRegister, data.callbackList, data.auditLog, data.settings,
                data.attemptLog,
            ]
            .map(\.path)
                + [indexPath(besides: data.objectionList), data.root.appendingPathComponent("practice").path])
        let manager = FileManager.default
        var out: [String] = []
        let enumerator = manager.enumerator(atPath: data.root.path)
        while let name = enumerator?.nextObject() as? String {
            let path = data.root.appendingPathComponent(name).path
            var isFolder: ObjCBool = false
            guard manager.fileExists(atPath: path, isDirectory: &isFolder), !isFolder.boolValue else { continue }
            if known.contains(path) || name.hasSuffix(".lock") { continue }
            let folder = (path as NSString).deletingLastPathComponent
            let inSessions = folder == data.sessions.path
            if inSessions, name.hasSuffix(".json") { continue }
            // Temporary files of the root and `sessions/` were examined above: what is left
            // belongs to a live writer and another person.
            if inSessions || folder == data.root.path, temporaryWriter((name as NSString).lastPathComponent) != nil {
                continue
            }
            out.append(path)
        }
        return out.sorted()
    }
}
