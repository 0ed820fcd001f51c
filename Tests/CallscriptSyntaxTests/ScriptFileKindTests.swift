import Testing

@testable import CallscriptSyntax

/// The one decision the CLI, the language server and the preview share: is a file a main
/// script, a shared file, empty, or unreadable at its start.
@Suite struct ScriptFileKindTests {
    private func kind(_ text: String) -> ScriptFileKind { ScriptFileKind(bytes: Array(text.utf8)) }

    @Test func aHeaderAfterCommentsIsAMainScript() {
        #expect(kind("# Winactie\n\nscript \"Winback\" {\n}\n") == .main)
    }

    @Test func stepsWithoutAHeaderAreShared() {
        #expect(kind("# gedeeld\nstep afscheid {\n  say \"Dag!\"\n  end\n}\n") == .shared)
        #expect(kind("use \"gedeeld/slot.call\"\n") == .shared)
    }

    @Test func onlyCommentsAndBlankLinesAreEmpty() {
        #expect(kind("") == .empty)
        #expect(kind("# nog niets\n\n   \n") == .empty)
    }

    @Test func aProblemBeforeTheFirstTokenIsUnreadable() {
        #expect(ScriptFileKind(bytes: [0x00, 0x01, 0x02]) == .unreadable)
        #expect(ScriptFileKind(bytes: [0xFF, 0xFE, 0x73]) == .unreadable)
        #expect(kind("@@ step x {}") == .unreadable)
    }
}
