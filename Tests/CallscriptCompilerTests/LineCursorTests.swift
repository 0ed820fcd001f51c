import CallscriptDiagnostics
import Testing

@testable import CallscriptCompiler

/// Lowering's line cursor gives the same lines and columns as `SourceFile.location(ofOffset:)`,
/// in source order (as lowering asks) and in any order.
@Suite struct LineCursorTests {
    static let file = SourceFile(
        path: "campagne.call",
        text: "script \"Winback\"\r\n\nstep intro {\n  say \"Goedemiddag, u spreekt met {agent}.\"\n"
            + "  say \"Wij bellen over uw abonnement op de krant; één vraag.\"\n\n\n  -> vraag\n}\n"
            + String(repeating: "step x { say \"ë\" end }\n", count: 300) + "laatste regel zonder einde")

    @Test func sourceOrderAndBackAgree() {
        var cursor = LineCursor(Self.file)
        let count = Self.file.bytes.count
        for offset in -2...(count + 2) { #expect(cursor.location(offset) == Self.file.location(ofOffset: offset)) }
        for offset in stride(from: count + 2, through: -2, by: -7) {
            #expect(cursor.location(offset) == Self.file.location(ofOffset: offset))
        }
    }

    @Test func anyOrderAgrees() {
        var cursor = LineCursor(Self.file)
        var state: UInt64 = 15
        let count = Self.file.bytes.count
        for _ in 0..<3_000 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            let start = Int(state >> 33) % (count + 10) - 5
            let end = start + Int(state >> 20 & 63) - 8
            #expect(cursor.range(start, end) == Self.file.range(start, end))
        }
    }

    @Test func anEmptyFile() {
        let empty = SourceFile(path: "leeg.call", text: "")
        var cursor = LineCursor(empty)
        for offset in [-1, 0, 1] { #expect(cursor.location(offset) == empty.location(ofOffset: offset)) }
    }
}
