import Foundation
import Testing

@testable import CallscriptMachine

/// The machine reader's word-at-a-time scans (`JSONScan`) and what is built on them (the
/// cursor's strings, the layout digest), each against its plain byte-by-byte definition
/// written out here, on thousands of random byte strings: white space of every kind, quotes,
/// every escape, broken and truncated escapes, control bytes, non-ASCII and invalid UTF-8,
/// at every start offset and with every length around the eight-byte word.
@Suite struct JSONScanTests {
    /// Bytes that matter to the scans, and some that do not.
    static let alphabet: [UInt8] =
        Array(" \n\r\t\"\\/ubfnrt0aAé{}[]:,".utf8) + [0x00, 0x01, 0x1F, 0x7F, 0x80, 0xC3, 0xA9, 0xFF, 0xED, 0xA0]

    static func randomBytes(_ rng: inout SplitMix, count: Int) -> [UInt8] {
        (0..<count).map { _ in alphabet[rng.next(in: 0..<alphabet.count)] }
    }

    static func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x0A || b == 0x0D || b == 0x09 }

    static func isStop(_ b: UInt8) -> Bool { b == UInt8(ascii: "\"") || b == UInt8(ascii: "\\") || b < 0x20 }

    /// Many inputs: random lengths up to 40 (so words, tails and both together occur).
    static func inputs(_ n: Int, seed: UInt64) -> [[UInt8]] {
        var rng = SplitMix(seed: seed)
        var out: [[UInt8]] = []
        for k in 0..<n {
            var bytes = randomBytes(&rng, count: rng.next(in: 0...40))
            // Long runs of one kind too, as in an indented file and long texts.
            if k % 3 == 0 {
                let run: [UInt8] =
                    k % 2 == 0
                    ? Array(repeating: 0x20, count: rng.next(in: 1...20)) : Array("Goedemiddag, u spreekt".utf8)
                bytes.insert(contentsOf: run, at: rng.next(in: 0...bytes.count))
            }
            out.append(bytes)
        }
        return out
    }

    @Test func skipSpaceIsTheFirstByteThatIsNotWhiteSpace() {
        for bytes in Self.inputs(4_000, seed: 1) {
            bytes.withUnsafeBufferPointer { b in
                for start in 0...b.count {
                    var plain = start
                    while plain < b.count, Self.isSpace(b[plain]) { plain += 1 }
                    #expect(JSONScan.skipSpace(b, from: start) == plain, "\(bytes) from \(start)")
                }
            }
        }
    }

    @Test func plainRunStopsAtTheFirstQuoteBackslashOrControlByteOrBeforeTheTail() {
        for bytes in Self.inputs(4_000, seed: 2) {
            bytes.withUnsafeBufferPointer { b in
                for start in 0...b.count {
                    var stop = start
                    while stop < b.count, !Self.isStop(b[stop]) { stop += 1 }
                    var high: UInt64 = 0
                    let run = JSONScan.plainRun(b, from: start, high: &high)
                    // Never past the first stop; short of it only where fewer than 8 bytes are left.
                    #expect(run >= start && run <= stop, "\(bytes) from \(start)")
                    #expect(run == stop || run + 8 > b.count, "\(bytes) from \(start)")
                    let passed = b[start..<run]
                    #expect((high & JSONScan.highBits != 0) == passed.contains { $0 >= 0x80 }, "\(bytes) from \(start)")
                }
            }
        }
    }

    @Test func closingQuoteSkipsEscapesAndNeverRunsPastTheEnd() {
        for bytes in Self.inputs(4_000, seed: 3) {
            bytes.withUnsafeBufferPointer { b in
                for start in 0...b.count {
                    var plain = start
                    while plain < b.count, b[plain] != UInt8(ascii: "\"") {
                        plain += b[plain] == UInt8(ascii: "\\") ? JSONSyntax.escapeLength(b, at: plain) : 1
                    }
                    #expect(JSONScan.closingQuote(b, from: start) == min(plain, b.count), "\(bytes) from \(start)")
                }
            }
        }
    }

    /// The cursor's string reading as it was, byte by byte: the definition it must keep.
    static func plainString(_ bytes: UnsafeBufferPointer<UInt8>) -> Result<String, JSONReadError> {
        var i = 0
        let start = i
        i += 1
        let from = i
        var escaped = false
        var high: UInt8 = 0
        var control = false
        while bytes[i] != UInt8(ascii: "\"") {
            high |= bytes[i]
            control = control || bytes[i] < 0x20
            if bytes[i] == UInt8(ascii: "\\") {
                escaped = true
                i += JSONSyntax.escapeLength(bytes, at: i) - 1
            }
            i += 1
        }
        let content = UnsafeBufferPointer(rebasing: bytes[from..<i])
        if control {
            return .failure(
                JSONReadError(
                    kind: .notJSON("a control character inside a string (write it as an escape)"), offset: start))
        }
        if escaped {
            do throws(JSONReadError) { return .success(try JSONStringEscapes.decode(content, at: start)) } catch {
                return .failure(error)
            }
        }
        if high < 0x80 { return .success(String(decoding: content, as: UTF8.self)) }
        guard let s = String(validating: content, as: UTF8.self) else {
            return .failure(JSONReadError(kind: .notJSON("a string that is not valid UTF-8"), offset: start))
        }
        return .success(s)
    }

    static func outcome(_ r: Result<String, JSONReadError>) -> String {
        switch r {
        case .success(let s): "ok \(Array(s.utf8))"
        case .failure(let e): "error \(e.kind) at \(e.offset)"
        }
    }

    /// Every escape, good and broken, among plain text, control bytes and non-ASCII.
    @Test func cursorStringsReadAsTheyDidByteByByte() {
        let pieces: [[UInt8]] = [
            Array(#"\n"#.utf8), Array(#"\""#.utf8), Array(#"\\"#.utf8), Array(#"\/"#.utf8), Array(#"\b\f\r\t"#.utf8),
            Array(#"\u00e9"#.utf8), Array(#"\u20AC"#.utf8), Array(#"\ud83d\ude00"#.utf8), Array(#"\ud83d"#.utf8),
            Array(#"\ude00"#.utf8), Array(#"\u12"#.utf8), Array(#"\x"#.utf8), Array(#"\u"#.utf8), Array("é€".utf8),
            [0xC3], [0xFF], [0x01], [0x1F], [0x7F], Array("Goedemiddag ".utf8), Array("{first_name}".utf8),
            Array("a".utf8), Array("    ".utf8),
        ]
        var rng = SplitMix(seed: 4)
        var checked = 0
        for _ in 0..<6_000 {
            var content: [UInt8] = []
            for _ in 0..<rng.next(in: 0...6) { content += pieces[rng.next(in: 0..<pieces.count)] }
            let text: [UInt8] = [UInt8(ascii: "\"")] + content + [UInt8(ascii: "\"")] + Array(", \"next\"".utf8)
            // Only strings the syntax pass accepts reach the cursor (it ends them at the same quote).
            let closes = text.withUnsafeBufferPointer { JSONScan.closingQuote($0, from: 1) == content.count + 1 }
            guard closes else { continue }
            text.withUnsafeBufferPointer { b in
                var cursor = JSONCursor(b)
                let fast: Result<String, JSONReadError>
                do throws(JSONReadError) { fast = .success(try cursor.string()) } catch { fast = .failure(error) }
                #expect(Self.outcome(fast) == Self.outcome(Self.plainString(b)), "\(text)")
                #expect(cursor.i == content.count + 2)
            }
            checked += 1
        }
        #expect(checked > 3_000)
    }

    /// The layout digest's definition: the bytes with white space outside strings dropped and
    /// the first top-level `digest` string written as `""`, then SHA-256.
    static func plainLayoutDigest(_ bytes: [UInt8]) -> String {
        var out: [UInt8] = []
        var i = 0
        var depth = 0
        var digestNext = false
        var emptied = false
        while i < bytes.count {
            let b = bytes[i]
            if b == UInt8(ascii: "\"") {
                var j = i + 1
                while bytes[j] != UInt8(ascii: "\"") {
                    j += bytes[j] == UInt8(ascii: "\\") ? (bytes[j + 1] == UInt8(ascii: "u") ? 6 : 2) : 1
                }
                let string = Array(bytes[i...j])
                if digestNext && !emptied {
                    out += Array(#""""#.utf8)
                    emptied = true
                } else {
                    out += string
                }
                digestNext = false
                if !emptied, depth == 1, string == Array(#""digest""#.utf8) {
                    var k = j + 1
                    while k < bytes.count, isSpace(bytes[k]) { k += 1 }
                    if k < bytes.count, bytes[k] == UInt8(ascii: ":") {
                        k += 1
                        while k < bytes.count, isSpace(bytes[k]) { k += 1 }
                        digestNext = k < bytes.count && bytes[k] == UInt8(ascii: "\"")
                    }
                }
                i = j + 1
                continue
            }
            if b == UInt8(ascii: "{") || b == UInt8(ascii: "[") { depth += 1 }
            if b == UInt8(ascii: "}") || b == UInt8(ascii: "]") { depth -= 1 }
            if !isSpace(b) { out.append(b) }
            i += 1
        }
        var hasher = SHA256()
        hasher.update(out)
        return SHA256.hexString(hasher.finalize())
    }

    @Test func theLayoutDigestIsItsPlainDefinitionOnWellFormedFiles() throws {
        var rng = SplitMix(seed: 5)
        let machine = Fixtures.winback()
        var files = [CanonicalJSON.pretty(machine), CanonicalJSON.bytes(machine)]
        // Other layouts: random white space between tokens, and long strings that cross the
        // hasher's 64 KiB buffer.
        for _ in 0..<40 {
            let compact = String(decoding: CanonicalJSON.bytes(machine), as: UTF8.self)
            var text = ""
            var inString = false
            var escape = false
            for ch in compact {
                text.append(ch)
                if inString {
                    if escape {
                        escape = false
                    } else if ch == "\\" {
                        escape = true
                    } else if ch == "\"" {
                        inString = false
                    }
                    continue
                }
                if ch == "\"" {
                    inString = true
                } else if rng.next(in: 0..<3) == 0 {
                    text += String(
                        repeating: [" ", "\n", "\t", "\r\n", "          "][rng.next(in: 0..<5)],
                        count: rng.next(in: 1...3))
                }
            }
            files.append(Array(text.utf8))
        }
        let long = String(repeating: "Goedemiddag, u spreekt met Sanne. ", count: 3_000)
        files.append(Array("{\"a\" : \"\(long)\", \"digest\" : \"abc\", \"b\" : [1, 2, {\"digest\" : \"x\"}]}".utf8))
        for file in files {
            let fast = file.withUnsafeBufferPointer { LayoutDigest.compute($0) }
            #expect(fast.hex == Self.plainLayoutDigest(file))
        }
    }

    /// Run on bytes the syntax pass has not checked yet (it starts before it), the layout
    /// digest must stay inside them: every prefix of a machine and random bytes. (Debug builds
    /// check every subscript, so reading past the end stops the test.)
    @Test func theLayoutDigestStaysInsideBrokenBytes() {
        let file = CanonicalJSON.pretty(Fixtures.winback())
        for end in stride(from: 0, through: file.count, by: 7) {
            let prefix = Array(file[0..<end])
            _ = prefix.withUnsafeBufferPointer { LayoutDigest.compute($0) }
        }
        for bytes in Self.inputs(3_000, seed: 6) {
            _ = bytes.withUnsafeBufferPointer { LayoutDigest.compute($0) }
        }
    }

    @Test func hasBracesFindsEveryBrace() {
        var rng = SplitMix(seed: 7)
        let pieces = ["Goedemiddag", " ", "{", "}", "{{", "é", "€", "😀", "first_name", "\u{301}"]
        for _ in 0..<3_000 {
            var text = ""
            for _ in 0..<rng.next(in: 0...8) { text += pieces[rng.next(in: 0..<pieces.count)] }
            let plain = text.unicodeScalars.contains { $0 == "{" || $0 == "}" }
            #expect(Template.hasBraces(text) == plain, "\(text)")
        }
    }
}
