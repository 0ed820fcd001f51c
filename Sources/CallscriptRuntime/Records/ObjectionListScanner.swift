import CallscriptMachine
import Foundation

/// Reads the lines of an objection list into E.164 digits, each through the one normaliser.
/// A line that is no phone number is an error, never skipped: it may be the objection of
/// someone who would otherwise be called. The one exception is a write that never completed.
struct ObjectionListScanner {
    /// What the appender writes after a half-written line it finds, so the next reader knows the
    /// line was never confirmed (a crash between `write` and `fsync` of an earlier runner).
    static let cutOffMarker = "cut off: never confirmed"

    /// The numbers read, in file order (not unique).
    var numbers: [UInt64] = []
    /// Lines ignored as never confirmed, with why (shown as warnings).
    var warnings: [String] = []
    /// The first line that is not a number, and how many such lines there are.
    var firstError: (line: Int, error: PhoneNumberError)?
    var errorCount = 0
    /// Lines read so far, so a scan of the list's tail numbers its lines like the whole file.
    var lines = 0

    /// Scans `bytes` as the continuation of the file after `lines` lines; `atEnd` says the bytes
    /// run to the end of the file, where a line without a newline may be a write cut off.
    mutating func scan(_ bytes: UnsafeBufferPointer<UInt8>, atEnd: Bool) {
        var start = 0
        while start < bytes.count {
            var end = start
            while end < bytes.count, bytes[end] != 0x0A { end += 1 }
            lines += 1
            let unterminated = end == bytes.count
            line(UnsafeBufferPointer(rebasing: bytes[start..<end]), cutOff: unterminated && atEnd)
            start = end + 1
        }
    }

    private mutating func line(_ text: UnsafeBufferPointer<UInt8>, cutOff: Bool) {
        var content = text
        var comment: UnsafeBufferPointer<UInt8>?
        if let hash = text.firstIndex(of: 0x23) { // '#': a note for people, to the end of the line
            content = UnsafeBufferPointer(rebasing: text[..<hash])
            comment = UnsafeBufferPointer(rebasing: text[(hash + 1)...])
        }
        switch PhoneNumberParser.parse(content) {
        case .success(let number): numbers.append(number.digits)
        case .failure(.empty): return
        case .failure(let problem):
            let marked = comment.map { trimmed($0) == Self.cutOffMarker } ?? false
            if marked || (cutOff && comment == nil && Self.isFragment(content)) {
                warnings.append(
                    "line \(lines) ('\(String(decoding: content, as: UTF8.self))') was cut off while being written and is ignored: it was never confirmed"
                )
                return
            }
            errorCount += 1
            if firstError == nil {
                firstError = (
                    lines, PhoneNumberError(input: String(decoding: content, as: UTF8.self), problem: problem)
                )
            }
        }
    }

    /// A prefix of what the runtime writes (`+` and digits): only such a line can be a cut-off append.
    static func isFragment(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        bytes.enumerated().allSatisfy { i, b in (b >= 0x30 && b <= 0x39) || (b == 0x2B && i == 0) }
    }

    private func trimmed(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        String(decoding: bytes, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
    }
}

extension ObjectionListScanner {
    /// Scans a whole list held in memory.
    static func scanning(_ bytes: [UInt8]) -> ObjectionListScanner {
        var scanner = ObjectionListScanner()
        bytes.withUnsafeBufferPointer { scanner.scan($0, atEnd: true) }
        return scanner
    }

    /// The error to throw for the first bad line of the list at `path`, if any.
    func error(path: String) -> RuntimeError? {
        firstError.map { .badObjectionLine(path: path, line: $0.line, problem: $0.error, more: errorCount - 1) }
    }
}
