import CallscriptDiagnostics
import CallscriptMachine
import Foundation
import Testing

/// The machine reader against Foundation's `JSONDecoder`, the reader it replaced: on good
/// machines and on thousands of damaged ones they must accept the same files, refuse the others
/// with the same code, and name the same entry for shape problems.
@Suite struct MachineReaderTests {
    /// What the `JSONDecoder`-based reader decided: the machine, or the code and (for shape
    /// errors) the entry path of its first problem.
    enum Verdict: Equatable {
        case machine(Machine)
        case refused(code: String, path: String?)
    }

    /// The replaced reader's logic: the envelope leniently, then `Machine.init(from:)`.
    static func foundation(_ data: Data) -> Verdict {
        struct Envelope: Decodable {
            enum Keys: String, CodingKey { case format, formatVersion }
            let machine: Machine?
            let refusal: String?
            init(from decoder: any Decoder) throws {
                guard let c = try? decoder.container(keyedBy: Keys.self) else {
                    (machine, refusal) = (nil, "CS0301")
                    return
                }
                guard (try? c.decode(String.self, forKey: .format)) == "callscript-machine" else {
                    (machine, refusal) = (nil, "CS0301")
                    return
                }
                guard let version = try? c.decode(Int.self, forKey: .formatVersion) else {
                    (machine, refusal) = (nil, "CS0303 formatVersion")
                    return
                }
                guard (Machine.untranslatedFormatVersion...Machine.currentFormatVersion).contains(version) else {
                    (machine, refusal) = (nil, "CS0302")
                    return
                }
                (machine, refusal) = (try Machine(from: decoder), nil)
            }
        }
        func path(_ keys: [any CodingKey]) -> String {
            var out = ""
            for key in keys {
                if let index = key.intValue {
                    out += "[\(index)]"
                } else {
                    if !out.isEmpty { out += "." }
                    out += key.stringValue
                }
            }
            return out.isEmpty ? "(top level)" : out
        }
        do {
            let envelope = try JSONDecoder().decode(Envelope.self, from: data)
            if let machine = envelope.machine { return .machine(machine) }
            let refusal = (envelope.refusal ?? "?").split(separator: " ").map(String.init)
            return .refused(code: refusal[0], path: refusal.count > 1 ? refusal[1] : nil)
        } catch DecodingError.dataCorrupted(let context) where context.codingPath.isEmpty {
            return .refused(code: "CS0300", path: nil)
        } catch DecodingError.typeMismatch(_, let context), DecodingError.valueNotFound(_, let context),
            DecodingError.dataCorrupted(let context)
        {
            return .refused(code: "CS0303", path: path(context.codingPath))
        } catch DecodingError.keyNotFound(let key, let context) {
            return .refused(code: "CS0303", path: path(context.codingPath + [key]))
        } catch {
            return .refused(code: "CS0300", path: nil)
        }
    }

    static func ours(_ data: Data) -> Verdict {
        switch MachineDecoding.decode(data, file: "m.json") {
        case .success(let machine): return .machine(machine)
        case .failure(let errors):
            let d = errors.diagnostics[0]
            var path: String?
            if d.code == "CS0303", let open = d.message.firstIndex(of: "'") {
                let rest = d.message[d.message.index(after: open)...]
                path = rest.firstIndex(of: "'").map { String(rest[..<$0]) }
            }
            return .refused(code: d.code, path: path)
        }
    }

    /// The fixture with a condition of every kind, so every reader is exercised.
    static func richMachine() -> Machine {
        var m = Fixtures.winback()
        let branch = m.states.firstIndex { $0.id == "offer.3" } ?? 0
        m.states[branch].transitions[0].condition = .or(
            .and(
                .not(.isSet(field: "email")),
                .compare(field: "interest", op: .less, value: Literal(type: .choice, value: "low"))),
            .isSet(field: "email"))
        m.states[0].text = "Goedemiddag \"{first_name}\"\n\u{e9}\u{1F600}\\"
        return CanonicalJSON.sealed(m)
    }

    @Test func goodMachinesReadTheSame() {
        for bytes in [CanonicalJSON.pretty(Self.richMachine()), CanonicalJSON.bytes(Self.richMachine())] {
            let data = Data(bytes)
            #expect(Self.ours(data) == .machine(Self.richMachine()))
            #expect(Self.ours(data) == Self.foundation(data))
        }
    }

    @Test func quirksOfTheOldReaderAreKept() {
        let base = String(decoding: CanonicalJSON.bytes(Self.richMachine()), as: UTF8.self)
        let variants = [
            " \n" + base + "\r\n\t", // white space around
            base.replacingOccurrences(of: "\"formatVersion\":1", with: "\"formatVersion\":1.0"),
            base.replacingOccurrences(of: "\"formatVersion\":1", with: "\"formatVersion\":10e-1"),
            // Trailing commas.
            base.replacingOccurrences(of: "}]", with: "},]").replacingOccurrences(of: "}}", with: "},}"),
            // The first of repeated keys wins.
            base.replacingOccurrences(
                of: "\"format\":\"callscript-machine\"", with: "\"format\":\"callscript-machine\",\"format\":7"),
            base.replacingOccurrences(of: "\"compiler\":", with: "\"extra\":\"\\uZZZZ\",\"compiler\":"), // unread
            "\u{FEFF}" + base,
            base.replacingOccurrences(of: "\"id\":\"intro.1\"", with: "\"id\":\"intro\\u002e1\""),
        ]
        for text in variants {
            let data = Data(text.utf8)
            #expect(Self.ours(data) == Self.foundation(data), "\(text.prefix(80))")
            if case .refused(let code, let path) = Self.ours(data) {
                Issue.record("refused a variant the old reader accepted: \(code) \(path ?? "") \(text.prefix(60))")
            }
        }
        let utf16 = Data(base.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })
        #expect(Self.ours(utf16) == Self.foundation(utf16))
    }

    /// Roles, transition kinds, answer classes, condition operators and literal types are
    /// matched on the file's bytes (`JSONSpellings`); every other spelling of them, escaped,
    /// unknown, of another type or cut short, must read as Foundation reads it.
    @Test func spelledValuesReadAsFoundationReadsThem() {
        let base = String(decoding: CanonicalJSON.bytes(Self.richMachine()), as: UTF8.self)
        let written = [
            "\"role\":\"identify\"", "\"kind\":\"next\"", "\"kind\":\"answer\"", "\"answerClass\":\"yes\"",
            "\"op\":\"or\"", "\"op\":\"and\"", "\"op\":\"not\"", "\"op\":\"is-set\"", "\"op\":\"<\"",
            "\"type\":\"choice\"",
        ]
        var differing: [String] = []
        var variants = 0
        for original in written {
            guard base.contains(original), let colon = original.firstIndex(of: ":") else {
                Issue.record("the fixture no longer writes \(original)")
                continue
            }
            let key = original[...colon]
            let value = String(original[original.index(after: colon)...].dropFirst().dropLast())
            let escapedFirst = value.unicodeScalars.first.map { String(format: "\\u%04x", $0.value) } ?? ""
            let replacements = [
                "\"\(escapedFirst)\(value.dropFirst())\"", // the same value, its first letter escaped
                "\"\(value.uppercased())\"", "\"\(value) \"", "\" \(value)\"", "\"\(value.dropLast())\"",
                "\"\(value)x\"", "\"\"", "\"\\u00e9\"", "\"é\"", "7", "null", "[\"\(value)\"]", "{}",
                "\"\(value)\\n\"",
            ]
            for replacement in replacements {
                let text = base.replacingOccurrences(of: original, with: key + replacement)
                let data = Data(text.utf8)
                variants += 1
                let (a, b) = (Self.ours(data), Self.foundation(data))
                if a != b { differing.append("\(key)\(replacement): ours \(a), Foundation \(b)") }
            }
        }
        #expect(variants > 100)
        #expect(differing.isEmpty, "\(differing.count) differ, first: \(differing.prefix(5))")
    }

    /// Whole numbers (offsets, lines, columns, the format version) are read in one pass when
    /// written as a compiler writes them; every other spelling must read as Foundation reads it.
    @Test func numbersReadAsFoundationReadsThem() {
        let base = String(decoding: CanonicalJSON.bytes(Self.richMachine()), as: UTF8.self)
        let spellings = [
            "0", "00", "07", "150", "0150", "-150", "-0", "+150", "150.0", "150.5", "1.5e2", "150e0", "150E+0",
            "1e400", "999999999999999999", "1234567890123456789", "99999999999999999999", "-9223372036854775808",
            "150-", "1-5", "1..5", ".5", "5.", "1e", "-",
        ]
        var differing: [String] = []
        for key in ["\"offset\":150", "\"line\":15", "\"formatVersion\":1"] {
            guard base.contains(key), let colon = key.firstIndex(of: ":") else {
                Issue.record("the fixture no longer writes \(key)")
                continue
            }
            for spelling in spellings {
                let data = Data(base.replacingOccurrences(of: key, with: key[...colon] + spelling).utf8)
                let (a, b) = (Self.ours(data), Self.foundation(data))
                if a != b { differing.append("\(key[...colon])\(spelling): ours \(a), Foundation \(b)") }
            }
        }
        #expect(differing.isEmpty, "\(differing.count) differ, first: \(differing.prefix(3))")
    }

    /// Source ranges, `next` transitions and conditions in the layout a compiler writes are read
    /// by a shortcut (`MachineReader+Canonical`); the same members in any other layout must read
    /// as Foundation reads them.
    @Test func membersOutOfTheCompilersLayoutReadAsFoundationReadsThem() {
        let base = String(decoding: CanonicalJSON.bytes(Self.richMachine()), as: UTF8.self)
        let edits: [(String, String)] = [
            ("\"file\":\"winback.call\"", "\"file\":\"winb\u{e4}ck.call\""),
            ("\"file\":\"winback.call\"", "\"file\":\"winback\\u002ecall\""),
            ("\"file\":\"winback.call\"", "\"file\":7"),
            ("\"column\":3,\"line\":1,\"offset\":10", "\"offset\":10,\"line\":1,\"column\":3"),
            ("\"column\":3,\"line\":1,\"offset\":10", "\"column\":3,\"line\":1,\"offset\":10,\"column\":4"),
            ("\"column\":3,\"line\":1,\"offset\":10", "\"column\":3,\"line\":1"),
            ("\"line\":1,", "\"line\":1.0,"),
            (",\"file\":", ",\"extra\":[1,{}],\"file\":"),
            ("},\"file\"", "} , \"file\""),
            ("\"kind\":\"next\",\"target\":", "\"target\":\"intro.2\",\"kind\":\"next\",\"target\":"),
            ("\"kind\":\"next\",\"target\":", "\"kind\":\"next\",\"label\":null,\"target\":"),
            ("\"kind\":\"next\",\"target\":", "\"kind\":\"n\\u0065xt\",\"target\":"),
            ("\"kind\":\"next\",\"target\":", "\"kind\":\"next\",\"target\":null,\"target\":"),
            ("\"kind\":\"next\",\"target\":", "\"kind\":\"next\" ,\"target\" :"),
            // Conditions: members reordered, repeated or unknown, an operator in the wrong place.
            (
                "{\"op\":\"not\",\"operand\":",
                "{\"operand\":{\"field\":\"email\",\"op\":\"is-set\"},\"op\":\"not\",\"operand\":"
            ),
            ("{\"field\":\"email\",\"op\":\"is-set\"}", "{\"op\":\"is-set\",\"field\":\"email\"}"),
            ("{\"field\":\"email\",\"op\":\"is-set\"}", "{\"field\":\"email\",\"op\":\"is-set\",\"value\":7}"),
            ("{\"field\":\"email\",\"op\":\"is-set\"}", "{\"field\":\"email\",\"op\":\"and\"}"),
            ("\"value\":{\"type\":\"choice\",\"value\":\"low\"}", "\"value\":{\"value\":\"low\",\"type\":\"choice\"}"),
            (
                "\"value\":{\"type\":\"choice\",\"value\":\"low\"}",
                "\"value\":{\"type\":\"choice\",\"value\":\"l\\u006fw\"}"
            ),
            ("\"value\":{\"type\":\"choice\",\"value\":\"low\"}", "\"value\":{\"type\":\"choice\",\"value\":3}"),
            ("\"op\":\"<\",\"value\"", "\"op\":\"or\",\"value\""),
            ("\"op\":\"and\",\"right\"", "\"op\":\"<\",\"right\""),
            ("\"op\":\"and\",\"right\"", "\"op\":\"and\",\"extra\":null,\"right\""),
            ("\"op\":\"or\",\"right\"", "\"op\":\"not\",\"right\""),
        ]
        var differing: [String] = []
        for (original, replacement) in edits {
            guard base.contains(original) else {
                Issue.record("the fixture no longer writes \(original)")
                continue
            }
            let data = Data(base.replacingOccurrences(of: original, with: replacement).utf8)
            let (a, b) = (Self.ours(data), Self.foundation(data))
            if a != b { differing.append("\(replacement): ours \(a), Foundation \(b)") }
        }
        #expect(differing.isEmpty, "\(differing.count) differ, first: \(differing.prefix(3))")
    }

    /// Damaged files: bytes cut, doubled, swapped for JSON's own characters, values replaced by
    /// values of another type. Deterministic (a fixed seed), a few thousand cases.
    @Test func damagedMachinesAreRefusedAlike() {
        let base = CanonicalJSON.pretty(Self.richMachine())
        var rng = SplitMix(seed: 15)
        let pieces: [[UInt8]] = [
            "{", "}", "[", "]", ",", ":", "\"", "\\", "0", "-", "1.5", "null", "true", "\"x\"", "{}", "[]", "1e400",
            "\u{7}", "\\u12", "\\ud800", "07", " ",
        ].map { Array($0.utf8) }
        var differing: [String] = []
        for n in 0..<3_000 {
            var bytes = base
            for _ in 0..<(1 + rng.next(in: 0..<3)) {
                let at = rng.next(in: 0..<bytes.count)
                switch rng.next(in: 0..<4) {
                case 0: bytes.remove(at: at)
                case 1: bytes.insert(contentsOf: pieces[rng.next(in: 0..<pieces.count)], at: at)
                case 2:
                    bytes.replaceSubrange(
                        at..<min(bytes.count, at + 1 + rng.next(in: 0..<8)),
                        with: pieces[rng.next(in: 0..<pieces.count)])
                default:
                    // A whole value replaced: from a colon to the next comma or close.
                    guard let colon = bytes[at...].firstIndex(of: UInt8(ascii: ":")),
                        let end = bytes[(colon + 1)...].firstIndex(where: {
                            $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "}")
                        })
                    else { continue }
                    bytes.replaceSubrange((colon + 1)..<end, with: pieces[rng.next(in: 0..<pieces.count)])
                }
            }
            let data = Data(bytes)
            let (a, b) = (Self.ours(data), Self.foundation(data))
            if a != b {
                differing.append("case \(n): ours \(a), Foundation \(b)")
            }
        }
        #expect(differing.isEmpty, "\(differing.count) differ, first: \(differing.prefix(5))")
    }

    @Test func syntaxErrorsSayWhere() throws {
        let text = "{\n  \"format\" : \"callscript-machine\",\n  \"states\" : [ {,} ]\n}"
        guard case .failure(let errors) = MachineDecoding.decode(Data(text.utf8), file: "m.json") else {
            Issue.record("a broken file decoded")
            return
        }
        let d = try #require(errors.diagnostics.first)
        #expect(d.code == "CS0300")
        #expect(d.range.start.line == 3)
        #expect(d.range.start.column == 17)
        #expect(d.notes == ["machine JSON cannot be read: expected a key in quotes"])
    }

    @Test func shapeErrorsSayWhere() throws {
        var text = String(decoding: CanonicalJSON.pretty(Self.richMachine()), as: UTF8.self)
        text = text.replacingOccurrences(of: "\"role\" : \"identify\"", with: "\"role\" : 7")
        guard case .failure(let errors) = MachineDecoding.decode(Data(text.utf8), file: "m.json") else {
            Issue.record("a mistyped file decoded")
            return
        }
        let d = try #require(errors.diagnostics.first)
        #expect(d.message == "machine entry 'states[0].role' has the wrong type (expected text)")
        let line = text.split(separator: "\n", omittingEmptySubsequences: false).firstIndex {
            $0.contains("\"role\" : 7")
        }
        #expect(d.range.start.line == (line ?? -1) + 1)
    }

    @Test func deepNestingIsRefusedNotACrash() {
        let deep = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
        let data = Data("{\"format\":\"callscript-machine\",\"x\":\(deep)}".utf8)
        #expect(Self.ours(data) == .refused(code: "CS0300", path: nil))
        #expect(Self.ours(data) == Self.foundation(data))
    }
}
