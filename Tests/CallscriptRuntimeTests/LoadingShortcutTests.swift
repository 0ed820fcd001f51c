import CallscriptMachine
import Foundation
import Testing

@testable import CallscriptRuntime

/// The loader's digest shortcut (the file's own bytes hashed while they are read) and its
/// path without copies: a machine as `compile` writes it is accepted on the shortcut, and
/// whatever is not canonical or was changed still goes the long way or is refused.
@Suite struct LoadingShortcutTests {
    func text(_ machine: Machine) -> String { String(decoding: CanonicalJSON.pretty(machine), as: UTF8.self) }

    func codes(_ bytes: [UInt8]) -> [String] {
        do {
            _ = try MachineLoader.load(Data(bytes), file: "m.json", on: Fixtures.today)
            return []
        } catch {
            if case .machine(let errors) = error { return errors.diagnostics.map(\.code) }
            return ["other"]
        }
    }

    @Test func compactAndIndentedFilesTakeTheShortcut() throws {
        let machine = Fixtures.winback()
        for bytes in [CanonicalJSON.pretty(machine), CanonicalJSON.bytes(machine)] {
            let decoded = try MachineDecoding.decodeForLoading(bytes, file: "m.json").get()
            #expect(decoded.layoutDigest == machine.digest)
            #expect(decoded.machine == machine)
        }
    }

    @Test func anEditedTextIsRefusedEvenWithItsDigestEmptied() throws {
        let original = text(Fixtures.winback())
        #expect(original.contains("Fijne dag nog."))
        let edited = original.replacingOccurrences(of: "Fijne dag nog.", with: "Fijne avond.")
        #expect(codes(Array(edited.utf8)) == ["CS0313"])
        let emptied = edited.replacingOccurrences(of: Fixtures.winback().digest, with: "")
        #expect(codes(Array(emptied.utf8)) == ["CS0313"])
    }

    @Test func aDigestKeyTheHasherDoesNotSeeGoesTheLongWay() throws {
        let original = text(Fixtures.winback())
        // Escaped: the reader takes it as `digest`, the hasher does not; the content is
        // unchanged, so the long way accepts it.
        let escaped = original.replacingOccurrences(of: "\"digest\"", with: "\"dig\\u0065st\"")
        let decoded = try MachineDecoding.decodeForLoading(Array(escaped.utf8), file: "m.json").get()
        #expect(decoded.layoutDigest == nil)
        #expect(codes(Array(escaped.utf8)) == [])
        // A key `digest` inside another object is not the machine's: the hasher keeps it, so
        // its digest differs from the recorded one and the long way accepts the content.
        let nested = original.replacingOccurrences(of: "\"company\" :", with: "\"digest\" : \"x\", \"company\" :")
        let n = try MachineDecoding.decodeForLoading(Array(nested.utf8), file: "m.json").get()
        #expect(n.layoutDigest != nil && n.layoutDigest != Fixtures.winback().digest)
        #expect(codes(Array(nested.utf8)) == [])
    }

    @Test func theFirstOfRepeatedDigestKeysCounts() throws {
        let machine = Fixtures.winback()
        // A later repeated key is ignored by the reader and the hasher alike (its bytes are
        // hashed, so the shortcut fails and the long way accepts the unchanged content).
        var later = CanonicalJSON.bytes(machine)
        later.removeLast()
        later += Array(",\"digest\":\"\(String(repeating: "0", count: 64))\"}".utf8)
        #expect(codes(later) == [])
        // A wrong digest first, the right one after it: the first counts, and it is wrong.
        var first = CanonicalJSON.bytes(machine)
        first.insert(contentsOf: Array("\"digest\":\"\(String(repeating: "0", count: 64))\",".utf8), at: 1)
        #expect(codes(first) == ["CS0313"])
    }

    /// `\uabc\"` is one escape and a closing quote to the syntax pass; a reader that skipped
    /// escapes two bytes at a time took the quote for escaped and read past the end.
    @Test(arguments: [#"{"format":"\uabc\"}"#, #"{"x":"\uabc\"}"#, #"{"x":["\uabc\"]}"#, #"{"\uabc\":1}"#])
    func aQuoteAfterAShortUnicodeEscapeEndsTheString(_ text: String) {
        #expect(!codes(Array(text.utf8)).isEmpty)
    }

    @Test func anUnknownEntryWithAShortUnicodeEscapeIsSkipped() {
        let original = text(Fixtures.winback())
        let edited = original.replacingOccurrences(of: "\"fields\" :", with: #""x" : "\uabc\", "fields" :"#)
        #expect(edited != original)
        #expect(codes(Array(edited.utf8)) == [])
    }

    @Test func loadsFromAPathWithoutACopy() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("shortcut-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("winback.machine.json")
        try Data(CanonicalJSON.pretty(Fixtures.winback())).write(to: file)
        let loaded = try MachineLoader.load(path: file.path, on: Fixtures.today)
        #expect(loaded.machine == Fixtures.winback())
        // UTF-16 with a byte-order mark is converted first, as before.
        let utf16 = try #require(text(Fixtures.winback()).data(using: .utf16))
        try utf16.write(to: file)
        #expect(try MachineLoader.load(path: file.path, on: Fixtures.today).machine == Fixtures.winback())
    }
}
