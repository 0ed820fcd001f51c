import CallscriptMachine
import CallscriptRuntime
import Foundation

/// The readers that decide who may be called and what the evidence says: the audit log, the
/// objection list, the consent register and the callback list.
extension FuzzTargets {
    static let auditKey = AuditKey(bytes: Array("callscript-fuzz-audit-key-32-byt".utf8))

    /// An audit log: parse, verify without a key, with a key and with anchors, and render the
    /// transcript. Every line that parses is written back byte for byte (the verifier hashes
    /// what it read, so a lossy parse would hide a change); a log with no problem has a
    /// matching anchor.
    public static func audit(_ bytes: [UInt8]) {
        let contents = AuditContents.parse(bytes)
        for line in contents.lines {
            if case .success(let entry) = line.entry {
                precondition(entry.line == line.bytes, "an audit line does not read back as written")
            }
        }
        let plain = AuditVerifier.verify(contents)
        precondition(plain.entries <= contents.lines.count, "more entries than lines")
        let keyed = AuditVerifier.verify(contents, key: auditKey)
        precondition(
            keyed.problems.count >= plain.problems.count, "the key made problems disappear: \(plain.problems)")
        let last = contents.entries.last
        let anchor = AuditAnchor(seq: last?.seq ?? 0, head: last?.hash ?? AuditEntry.genesis, key: auditKey)
        if plain.isIntact {
            let anchored = AuditVerifier.verify(contents, anchor: anchor)
            precondition(anchored.isIntact, "an intact log does not match its own anchor: \(anchored)")
            precondition(AuditAnchor(anchor.description) == anchor, "an anchor does not read back")
        }
        _ = AuditVerifier.verify(
            contents, key: auditKey, anchor: AuditAnchor(seq: 3, head: AuditEntry.genesis, key: nil))
        _ = AuditTranscript.render(contents)
    }

    /// The objection list: whatever a line holds, a number read from it must read again as
    /// itself (the normaliser is idempotent), or a listed number would be missed by the gate;
    /// and the list written back in E.164 form must hold the same numbers.
    public static func objections(_ bytes: [UInt8]) {
        let (numbers, _) = ObjectionList.read(bytes)
        for number in numbers {
            let again = PhoneNumber.normalize(number)
            precondition(again == number, "objection '\(number)' normalises again to '\(again ?? "nothing")'")
        }
        let written = ObjectionList.read(Array(numbers.map { $0 + "\n" }.joined().utf8))
        precondition(written.numbers == numbers && written.invalidLines == 0, "objections do not round-trip")
    }

    /// The consent register: what reads as records writes back and reads as the same records.
    public static func consents(_ bytes: [UInt8]) {
        let (records, damaged) = ConsentRegister.parse(bytes)
        precondition(damaged.allSatisfy { $0 >= 1 }, "a damaged line number below 1")
        precondition(ConsentRegister.parse(encodeLines(records)).records == records, "consents do not round-trip")
    }

    /// The callback list: what reads as records writes back and reads as the same records.
    public static func callbacks(_ bytes: [UInt8]) {
        let (records, damaged) = CallbackList.parse(bytes)
        precondition(damaged.allSatisfy { $0 >= 1 }, "a damaged line number below 1")
        precondition(CallbackList.parse(encodeLines(records)).records == records, "callbacks do not round-trip")
    }

    static func encodeLines<Record: Encodable>(_ records: [Record]) -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        var out: [UInt8] = []
        for record in records {
            guard let data = try? encoder.encode(record) else { preconditionFailure("a record read cannot be written") }
            out += [UInt8](data) + [0x0A]
        }
        return out
    }
}
