import CallscriptMachine
import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The embedded record store: a data folder of plain files (see `Docs/data-formats.md`).
///
/// A step with more than one write is first put in a journal, `pending/<session>.step`
/// (written to a temporary file, flushed and renamed, so it is whole or absent); then the
/// records are appended, then the audit entries (one write), then the journal is removed.
/// A crash anywhere leaves either nothing of the step or its journal, which `recover`
/// completes: records and entries already written are not written twice. While a journal
/// waits, its objection already blocks the number (`isObjected` reads the journals too).
public struct FileRecordStore: RecordStore {
    public let folder: DataFolder
    let ops: FileOps

    public init(_ folder: DataFolder) { self.init(folder, ops: .system) }

    /// A store whose writes go through `ops` (fault injection in tests).
    public init(_ folder: DataFolder, ops: FileOps) {
        self.folder = folder
        self.ops = ops
    }

    public var auditName: String { folder.auditLog.path }

    var pending: URL { folder.root.appendingPathComponent("pending") }
    var practiceMarker: URL { folder.root.appendingPathComponent("practice") }
    var consents: JSONLines<ConsentRecord> {
        JSONLines(path: folder.consentRegister.path, name: "consent register", ops: ops)
    }
    var callbacks: JSONLines<CallbackRecord> {
        JSONLines(path: folder.callbackList.path, name: "callback list", ops: ops)
    }
    var audit: AuditLog { AuditLog(path: folder.auditLog.path, ops: ops) }

    /// The form every number is stored and compared in; text that is no number is kept as
    /// written (trimmed), so it still matches itself and never silently disappears.
    static func normalized(_ phone: String) -> String {
        PhoneNumber.normalize(phone) ?? phone.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    // MARK: Gate checks (read the files every time: no cache can hide a new objection)

    public func isObjected(_ phone: String) throws(RuntimeError) -> Bool {
        let number = Self.normalized(phone)
        if try ObjectionList(path: folder.objectionList.path).contains(number) { return true }
        for (_, step) in try journals() {
            for case .objection(let p) in step.records where Self.normalized(p) == number { return true }
        }
        return false
    }

    public func latestConsent(person: String, phone: String, company: String, purpose: String)
        throws(RuntimeError) -> ConsentRecord?
    {
        try ConsentRegister(path: folder.consentRegister.path).latestRecord(
            contact: Contact(id: person, phone: Self.normalized(phone)), company: company, purpose: purpose)
    }

    public func attempts(phone: String, since: Date) throws(RuntimeError) -> Int {
        let number = Self.normalized(phone)
        var count = try AttemptLog(path: folder.attemptLog.path).count(phone: number, since: since)
        // An attempt in a waiting journal happened: it counts until recovery writes it.
        for (_, step) in try journals() {
            for case .attempt(let a) in step.records
            where Self.normalized(a.phone) == number && (Timestamp.parse(a.time).map { $0 >= since } ?? true) {
                count += 1
            }
        }
        return count
    }

    public func agreedCallback(person: String, phone: String, near time: LocalDateTime, windowMinutes: Int)
        throws(RuntimeError) -> CallbackRecord?
    {
        try CallbackList(path: folder.callbackList.path).agreed(
            for: Contact(id: person, phone: Self.normalized(phone)), near: time, windowMinutes: windowMinutes)
    }

    // MARK: Writes

    @discardableResult
    public func commit(_ step: StepWrite) throws(RuntimeError) -> [AuditEntry] {
        var step = step
        step.records = step.records.map(Self.normalizedRecord)
        // Salted before the journal is written, so recovery recognises the entries it finds.
        step.audit = step.audit.map(AuditEntry.salted)
        let journal = journalFile(step.session)
        let journaled = !step.records.isEmpty || step.audit.count > 1
        if journaled {
            try SessionID.check(step.session)
            try LockedFile.replace(journal.path, with: try encodeJournal(step, journal), ops: ops)
        }
        for record in step.records { try write(record) }
        let entries = try audit.append(step.audit)
        // The step is complete; a journal left by a failed unlink is harmless (recovery
        // finds everything written and only removes it).
        if journaled { unlink(journal.path) }
        return entries
    }

    private static func normalizedRecord(_ record: StoredRecord) -> StoredRecord {
        switch record {
        case .objection(let phone): return .objection(phone: normalized(phone))
        case .consent(var r):
            r.phone = normalized(r.phone)
            return .consent(r)
        case .callback(var r):
            r.phone = normalized(r.phone)
            return .callback(r)
        case .attempt(var a):
            a.phone = normalized(a.phone)
            return .attempt(a)
        }
    }

    /// Each record goes through its own writer (which keeps its index, if any); the
    /// checkpoints let a fault plan stop right before and right after it.
    private func write(_ record: StoredRecord) throws(RuntimeError) {
        let path: String
        switch record {
        case .objection: path = folder.objectionList.path
        case .consent: path = folder.consentRegister.path
        case .callback: path = folder.callbackList.path
        case .attempt: path = folder.attemptLog.path
        }
        guard ops.checkpoint("append to \(path)") else {
            throw .io(path: path, operation: "append", reason: "stopped before the write")
        }
        switch record {
        case .objection(let phone): try ObjectionList(path: path).append(phone)
        case .consent(let r): try ConsentRegister(path: path).append(r)
        case .callback(let r): try CallbackList(path: path).append(r)
        case .attempt(let a): try AttemptLog(path: path).append(a)
        }
        guard ops.checkpoint("appended to \(path)") else {
            throw .io(path: path, operation: "append", reason: "stopped after the write")
        }
    }

    @discardableResult
    public func appendCheckpoint(key: AuditKey, time: String, agent: String) throws(RuntimeError) -> AuditEntry {
        try audit.appendCheckpoint(key: key, time: time, agent: agent)
    }

    public func auditContents() throws(RuntimeError) -> AuditContents { try audit.read() }

    public func repairAudit() throws(RuntimeError) -> Int { try audit.repair() }

    // MARK: Sessions

    public func lockSession(_ id: String) throws(RuntimeError) -> SessionLease {
        try SessionID.check(id)
        try ensureFolder(folder.sessions)
        let path = lockFile(id).path
        let fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, LockedFile.fileMode)
        guard fd >= 0 else { throw .io(path: path, operation: "open the session lock", reason: LockedFile.errnoText()) }
        guard flock(fd, LOCK_EX | LOCK_NB) == 0 else {
            let busy = errno == EWOULDBLOCK
            let reason = LockedFile.errnoText()
            close(fd)
            if busy { throw .sessionBusy(session: id) }
            throw .io(path: path, operation: "lock the session", reason: reason)
        }
        // Closing the descriptor releases the lock, also when the process dies.
        return SessionLease(session: id) { close(fd) }
    }

    public func saveSession(_ snapshot: SessionSnapshot) throws(RuntimeError) {
        try SessionID.check(snapshot.session)
        try LockedFile.replace(
            folder.sessionFile(snapshot.session).path, with: [UInt8](snapshot.encoded()), ops: ops)
        // An ended call can never be resumed, so its lock file is no longer needed: a runner
        // that still locks the old or a new one finds the session ended and stops.
        if snapshot.phase == "ended" { unlink(lockFile(snapshot.session).path) }
    }

    func lockFile(_ id: String) -> URL { folder.sessions.appendingPathComponent("\(id).lock") }

    public func loadSession(_ id: String) throws(RuntimeError) -> SessionSnapshot? {
        try SessionID.check(id)
        let file = folder.sessionFile(id)
        guard let bytes = FileManager.default.contents(atPath: file.path) else { return nil }
        return try SessionSnapshot.decode(bytes, file: file.lastPathComponent)
    }

    public func unfinishedSessions(contact: String) throws(RuntimeError) -> [SavedSession] {
        let manager = FileManager.default
        let files =
            (try? manager.contentsOfDirectory(
                at: folder.sessions, includingPropertiesForKeys: [.contentModificationDateKey])) ?? []
        var found: [SavedSession] = []
        for file in files where file.pathExtension == "json" {
            guard let bytes = manager.contents(atPath: file.path),
                let snapshot = try? SessionSnapshot.decode(bytes, file: file.lastPathComponent),
                snapshot.contact == contact, snapshot.phase != "ended"
            else { continue }
            let modified =
                (try? file.resourceValues(forKeys: [.contentModificationDateKey]).contentModificationDate)
                ?? .distantPast
            found.append(SavedSession(snapshot: snapshot, savedAt: modified))
        }
        return found.sorted { $0.savedAt > $1.savedAt }
    }

    // MARK: Recovery

    @discardableResult
    public func recover(session: String? = nil) throws(RuntimeError) -> RecoveryReport {
        var report = RecoveryReport()
        for (file, step) in try journals() {
            if let session, step.session != session { continue }
            // A journal of a live runner is its step in progress: leave it to that runner.
            var lease: SessionLease?
            if session == nil {
                do { lease = try lockSession(step.session) } catch {
                    if case .sessionBusy = error { continue }
                    throw error
                }
            }
            let (records, entries) = try complete(step)
            unlink(file.path)
            LockedFile.syncDirectory(of: file.path)
            _ = lease
            report.sessions.append(step.session)
            report.records += records
            report.auditEntries += entries
        }
        return report
    }

    /// Writes what of `step` is not on disk yet: its records, then its audit entries.
    private func complete(_ step: StepWrite) throws(RuntimeError) -> (records: Int, entries: Int) {
        var records = 0
        for record in step.records {
            let present: Bool
            switch record {
            case .objection(let phone): present = try ObjectionList(path: folder.objectionList.path).contains(phone)
            case .consent(let r): present = try ConsentRegister(path: folder.consentRegister.path).records().contains(r)
            case .callback(let r): present = try CallbackList(path: folder.callbackList.path).records().contains(r)
            case .attempt(let a): present = try AttemptLog(path: folder.attemptLog.path).records().contains(a)
            }
            if !present {
                try write(record)
                records += 1
            }
        }
        // An entry cut off by the crash was never confirmed: drop it, then add what is missing.
        if try audit.read().truncated { try audit.repair() }
        let logged = Set(
            try audit.read().entries.compactMap { entry -> AuditPayload? in
                guard let p = entry.payload, p.session == step.session else { return nil }
                return p
            })
        let missing = step.audit.filter { !logged.contains($0) }
        try audit.append(missing)
        return (records, missing.count)
    }

    /// The interrupted steps waiting in `pending/`.
    func journals() throws(RuntimeError) -> [(URL, StepWrite)] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: pending.path)) ?? []
        var out: [(URL, StepWrite)] = []
        for name in names.sorted() where name.hasSuffix(".step") {
            let file = pending.appendingPathComponent(name)
            // A journal removed since the listing was completed meanwhile.
            guard let bytes = FileManager.default.contents(atPath: file.path) else { continue }
            do { out.append((file, try JSONDecoder().decode(StepWrite.self, from: bytes))) } catch {
                throw .journalDamaged(path: file.path, reason: "it is not a step journal (\(error))")
            }
        }
        return out
    }

    private func journalFile(_ session: String) -> URL { pending.appendingPathComponent("\(session).step") }

    private func encodeJournal(_ step: StepWrite, _ file: URL) throws(RuntimeError) -> [UInt8] {
        try ensureFolder(pending)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        do { return [UInt8](try encoder.encode(step)) } catch {
            throw .io(path: file.path, operation: "encode the step journal", reason: "\(error)")
        }
    }

    func ensureFolder(_ url: URL) throws(RuntimeError) {
        if FileManager.default.fileExists(atPath: url.path) { return }
        do {
            try FileManager.default.createDirectory(
                at: url, withIntermediateDirectories: true, attributes: [.posixPermissions: Int(LockedFile.folderMode)])
        } catch {
            throw .dataFolder(path: url.path, reason: "it cannot be created (\(error.localizedDescription))")
        }
        LockedFile.syncDirectory(of: url.path)
    }
}

/// Session IDs become file names: only letters, digits, `-`, `_` and `.` (not first).
enum SessionID {
    static func check(_ id: String) throws(RuntimeError) {
        let allowed = id.unicodeScalars.allSatisfy { c in
            c.isASCII && (CharacterSet.alphanumerics.contains(c) || c == "-" || c == "_" || c == ".")
        }
        guard !id.isEmpty, id.count <= 128, allowed, !id.hasPrefix(".") else {
            throw .invalidSessionID(id: id)
        }
    }
}
