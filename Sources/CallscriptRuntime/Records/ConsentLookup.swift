import CallscriptMachine
import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The basis gate's lookup in a register of a million consents: a sorted index (`consents.idx`)
/// of (key, byte offset) pairs, two per record: the contact ID's key and the number's E.164
/// digits. A lookup reads the records the index points to and decides on them with the same
/// rule as a full read, so the index can only narrow where to look, never change the answer;
/// an index that does not match the register is rebuilt or bypassed.
extension ConsentRegister {
    /// Entries are (key, byte offset). The magic reads "CSCIDX01".
    var index: SortedIndexFile {
        SortedIndexFile(magic: 0x3130_5844_4943_5343, width: 2, path: SortedIndexFile.path(besides: path))
    }

    /// The key of a contact ID: a 64-bit hash with the top bit set, so it never equals a number's
    /// digits (at most 15 decimal digits). A collision only makes a lookup read one more record.
    static func key(ofPerson id: String) -> UInt64 {
        var h: UInt64 = 0xCBF2_9CE4_8422_2325
        for b in id.utf8 { h = (h ^ UInt64(b)) &* 0x0000_0100_0000_01B3 }
        return Checksum.mix(h) | 1 << 63
    }

    /// The latest record about this contact, company and purpose, or nil.
    func latest(for contact: Contact, company: String, purpose: String) throws(RuntimeError) -> ConsentRecord? {
        let number = try? PhoneNumber(parsing: contact.phone)
        let keys = [Self.key(ofPerson: contact.id)] + (number.map { [$0.digits] } ?? [])
        func matches(_ r: ConsentRecord) -> Bool { Self.matches(r, contact, number, company, purpose) }
        let quick = try LockedFile.withReadLock(path, LOCK_SH) { fd, status throws(RuntimeError) -> ConsentRecord?? in
            guard let header = index.header(file: fd, status: status),
                status.size - header.coveredBytes <= UInt64(tailLimit)
            else { return nil }
            var offsets: [UInt64] = []
            for key in keys {
                guard let entries = index.entries(withKey: key, header: header) else { return nil }
                offsets += entries.map { $0[1] }
            }
            // Appended records are newer than every indexed one.
            if let hit = try tail(fd, status, header).last(where: matches) { return .some(hit) }
            for offset in Set(offsets).sorted(by: >) {
                guard let record = try record(fd, at: offset, coveredBytes: header.coveredBytes) else { return nil }
                if matches(record) { return .some(record) }
            }
            return .some(nil)
        }
        if let quick { return quick }
        return try rebuildIndex().last(where: matches)
    }

    /// Deletes the index (it is rebuilt by the next lookup). The index holds the numbers and the
    /// hashed contact IDs of the register, so whoever rewrites the register to erase a person
    /// calls this too: a stale index is never used, but it would keep the number on disk.
    public func discardIndex() throws(RuntimeError) {
        guard unlink(index.path) == 0 || errno == ENOENT else {
            throw .io(path: index.path, operation: "remove", reason: LockedFile.errnoText())
        }
    }

    /// Reads the whole register under an exclusive lock and writes a fresh index; returns every record.
    @discardableResult
    func rebuildIndex() throws(RuntimeError) -> [ConsentRecord] {
        try LockedFile.withReadLock(path, LOCK_EX) { fd, status throws(RuntimeError) -> [ConsentRecord] in
            guard let bytes = SortedIndexFile.readBytes(fd, at: 0, count: Int(status.size)) else {
                throw .io(path: path, operation: "read the consent register", reason: LockedFile.errnoText())
            }
            let records = try JSONLines<ConsentRecord>.decode(bytes, path: path, name: file.name)
            var pairs: [(UInt64, UInt64)] = []
            pairs.reserveCapacity(records.count * 2)
            for (offset, r) in records {
                pairs.append((Self.key(ofPerson: r.person), UInt64(offset)))
                if let number = try? PhoneNumber(parsing: r.phone) { pairs.append((number.digits, UInt64(offset))) }
            }
            pairs.sort { $0.0 != $1.0 ? $0.0 < $1.0 : $0.1 < $1.1 }
            // A cut-off last line stays outside the index, so it is judged again with the tail.
            let covered =
                bytes.last == 0x0A || bytes.isEmpty ? bytes.count : (bytes.lastIndex(of: 0x0A).map { $0 + 1 } ?? 0)
            let lines = bytes[..<covered].reduce(0) { $1 == 0x0A ? $0 + 1 : $0 }
            try? index.store(
                pairs.flatMap { [$0.0, $0.1] }, coveredBytes: UInt64(covered), coveredLines: UInt64(lines), file: fd,
                status: status)
            return records.map(\.record)
        } ?? []
    }

    /// The records appended after the indexed part, by the rules of a full read.
    private func tail(_ fd: Int32, _ status: FileStatus, _ header: SortedIndexFile.Header) throws(RuntimeError)
        -> [ConsentRecord]
    {
        let count = Int(status.size - header.coveredBytes)
        guard count > 0 else { return [] }
        guard let bytes = SortedIndexFile.readBytes(fd, at: Int(header.coveredBytes), count: count) else {
            throw .io(path: path, operation: "read the consent register", reason: LockedFile.errnoText())
        }
        return try JSONLines<ConsentRecord>.decode(
            bytes, base: Int(header.coveredBytes), firstLine: Int(header.coveredLines) + 1, path: path, name: file.name
        ).map(\.record)
    }

    /// The record on the line starting at `offset`; nil when there is none (the index is wrong).
    private func record(_ fd: Int32, at offset: UInt64, coveredBytes: UInt64) throws(RuntimeError) -> ConsentRecord? {
        guard offset < coveredBytes else { return nil }
        if offset > 0, SortedIndexFile.readBytes(fd, at: Int(offset) - 1, count: 1) != [0x0A] { return nil }
        var length = min(4096, Int(coveredBytes - offset))
        while true {
            guard let bytes = SortedIndexFile.readBytes(fd, at: Int(offset), count: length) else { return nil }
            if let end = bytes.firstIndex(of: 0x0A) {
                return try? JSONDecoder().decode(ConsentRecord.self, from: Data(bytes[..<end]))
            }
            guard length < Int(coveredBytes - offset), length < 1 << 20 else { return nil }
            length = min(length * 4, Int(coveredBytes - offset))
        }
    }
}
