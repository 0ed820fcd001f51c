import CallscriptDiagnostics
import Testing

/// The one line diff (`fmt --diff`, handler changes in `callscript diff`).
@Suite struct LineDiffTests {
    @Test func editScriptKeepsTheLongestCommonLines() {
        let d = LineDiff.lines(["a", "b", "c", "d"], ["a", "c", "x", "d"])
        #expect(d == [.same("a"), .removed("b"), .same("c"), .added("x"), .same("d")])
        #expect(LineDiff.lines([], ["a"]) == [.added("a")])
        #expect(LineDiff.lines(["a"], []) == [.removed("a")])
        #expect(LineDiff.lines(["a"], ["a"]) == [.same("a")])
    }

    @Test func unifiedDiffHasHunksWithContext() {
        let old = (1...12).map { "line \($0)" }.joined(separator: "\n") + "\n"
        var lines = (1...12).map { "line \($0)" }
        lines[1] = "line two"
        lines[10] = "line eleven"
        let new = lines.joined(separator: "\n") + "\n"
        let expected = """
            --- a.call
            +++ b.call
            @@ -1,5 +1,5 @@
             line 1
            -line 2
            +line two
             line 3
             line 4
             line 5
            @@ -8,5 +8,5 @@
             line 8
             line 9
             line 10
            -line 11
            +line eleven
             line 12

            """
        #expect(LineDiff.unified(old: old, new: new, oldName: "a.call", newName: "b.call") == expected)
        #expect(LineDiff.unified(old: old, new: old, oldName: "a", newName: "b") == "")
    }

    @Test func insertionIntoAnEmptyTextNamesLineZero() {
        #expect(
            LineDiff.unified(old: "", new: "x\n", oldName: "a", newName: "b") == "--- a\n+++ b\n@@ -0,0 +1,1 @@\n+x\n")
    }

    @Test func randomEditsReplayToTheNewText() {
        var seed: UInt64 = 42
        func next(_ n: Int) -> Int {
            seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((seed >> 33) % UInt64(n))
        }
        for _ in 0..<300 {
            let old = (0..<next(12)).map { _ in String(next(4)) }
            let new = (0..<next(12)).map { _ in String(next(4)) }
            let d = LineDiff.lines(old, new)
            let rebuiltOld = d.compactMap { line -> String? in if case .added = line { nil } else { line.text } }
            let rebuiltNew = d.compactMap { line -> String? in if case .removed = line { nil } else { line.text } }
            #expect(rebuiltOld == old && rebuiltNew == new)
            #expect(d.filter { if case .same = $0 { true } else { false } }.count == Self.lcs(old, new))
        }
    }

    /// The length of a longest common subsequence, by the textbook recursion (small inputs only).
    static func lcs(_ a: [String], _ b: [String]) -> Int {
        guard let x = a.first, let y = b.first else { return 0 }
        if x == y { return 1 + lcs(Array(a.dropFirst()), Array(b.dropFirst())) }
        return max(lcs(Array(a.dropFirst()), b), lcs(a, Array(b.dropFirst())))
    }
}

extension LineDiff.Line {
    fileprivate var text: String {
        switch self {
        case .same(let t), .removed(let t), .added(let t): t
        }
    }
}
