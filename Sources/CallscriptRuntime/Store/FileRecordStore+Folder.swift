import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Preparing, marking and repairing the data folder.
extension FileRecordStore {
    /// The folder's check before a call (see `DataFolder.prepare`), its permissions tightened
    /// (files 0600, folders 0700), temporary files of dead runners removed, and the
    /// interrupted steps of sessions no runner holds completed. Returns warnings for the
    /// agent: cut-off lines that readers skip, steps completed.
    public func prepare() throws(RuntimeError) -> [String] {
        try folder.prepare()
        try ensureFolder(pending)
        tightenPermissions()
        removeAbandonedTemporaryFiles()
        var warnings: [String] = []
        for (path, lines) in [
            (folder.consentRegister.path, try consents.cutOffLines()),
            (folder.callbackList.path, try callbacks.cutOffLines()),
        ] where !lines.isEmpty {
            warnings.append(
                "\(path): warning: skipped \(lines.count) cut-off line\(lines.count == 1 ? "" : "s") (line \(lines.map(String.init).joined(separator: ", "))), left by a runner that stopped while writing; run `callscript audit repair --data \(folder.root.path)`"
            )
        }
        let report = try recover(session: nil)
        if !report.isEmpty {
            warnings.append(
                "\(folder.root.path): warning: completed \(report.sessions.count) interrupted step\(report.sessions.count == 1 ? "" : "s") (\(report.records) record\(report.records == 1 ? "" : "s"), \(report.auditEntries) audit entr\(report.auditEntries == 1 ? "y" : "ies")) of \(report.sessions.joined(separator: ", "))"
            )
        }
        return warnings
    }

    public func mode() throws(RuntimeError) -> StoreMode {
        let manager = FileManager.default
        if manager.fileExists(atPath: practiceMarker.path) { return .practice }
        for file in [folder.objectionList, folder.consentRegister, folder.callbackList, folder.auditLog] {
            let size = (try? manager.attributesOfItem(atPath: file.path)[.size] as? NSNumber)?.intValue ?? 0
            if size > 0 { return .real }
        }
        let sessions = (try? manager.contentsOfDirectory(atPath: folder.sessions.path)) ?? []
        return sessions.contains { $0.hasSuffix(".json") } ? .real : .empty
    }

    public func markAsPractice() throws(RuntimeError) {
        switch try mode() {
        case .practice: return
        case .real: throw .practiceOnRealData(path: folder.root.path)
        case .empty:
            try ensureFolder(folder.root)
            try LockedFile.replace(
                practiceMarker.path,
                with: Array("callscript practice data folder: calls recorded here are practice, not real calls\n".utf8),
                ops: ops)
        }
    }

    /// Repairs every record file: drops a cut-off last audit entry, blanks cut-off lines of
    /// the consent register and the callback list (no confirmed byte moves), completes
    /// interrupted steps and removes abandoned temporary files. Returns one line per change.
    public func repair() throws(RuntimeError) -> [String] {
        var done: [String] = []
        let dropped = try audit.repair()
        if dropped > 0 { done.append("\(folder.auditLog.path): dropped an unfinished last entry (\(dropped) bytes)") }
        for (path, blanked) in [
            (folder.consentRegister.path, try consents.repair()), (folder.callbackList.path, try callbacks.repair()),
        ] where blanked > 0 {
            done.append("\(path): blanked \(blanked) cut-off line\(blanked == 1 ? "" : "s")")
        }
        let report = try recover(session: nil)
        if !report.isEmpty {
            done.append(
                "\(pending.path): completed the interrupted steps of \(report.sessions.joined(separator: ", "))")
        }
        let removed = removeAbandonedTemporaryFiles()
        if removed > 0 {
            done.append(
                "\(folder.sessions.path): removed \(removed) left-over temporary file\(removed == 1 ? "" : "s")")
        }
        return done
    }

    /// Owner-only access for the folders and the record files (where this user owns them).
    /// Session files are created 0600 and, in `sessions/` (0700), unreadable to others anyway.
    func tightenPermissions() {
        let manager = FileManager.default
        for url in [folder.root, folder.sessions, pending] { chmod(url.path, LockedFile.folderMode) }
        var files = [folder.objectionList, folder.consentRegister, folder.callbackList, folder.auditLog]
        files.append(URL(fileURLWithPath: folder.auditLog.path + ".lock"))
        for file in files where manager.fileExists(atPath: file.path) { chmod(file.path, LockedFile.fileMode) }
    }

    /// Removes temporary files (`x.tmp-<pid>`) whose writer is gone: its process no longer
    /// exists on this machine, or the file is older than ten minutes (a replace takes
    /// milliseconds). They can hold a copy of a session's personal data.
    @discardableResult
    func removeAbandonedTemporaryFiles() -> Int {
        let manager = FileManager.default
        var removed = 0
        for url in [folder.root, folder.sessions, pending] {
            for name in (try? manager.contentsOfDirectory(atPath: url.path)) ?? [] {
                guard let range = name.range(of: LockedFile.temporaryMarker, options: .backwards) else { continue }
                let path = url.appendingPathComponent(name).path
                let pid = Int32(name[range.upperBound...]) ?? 0
                let gone = pid <= 0 || (kill(pid, 0) != 0 && errno == ESRCH)
                let modified = (try? manager.attributesOfItem(atPath: path)[.modificationDate] as? Date) ?? .distantPast
                if gone || modified.timeIntervalSinceNow < -600 {
                    if unlink(path) == 0 { removed += 1 }
                }
            }
        }
        return removed
    }
}
