import CallscriptTestSupport
import Foundation
import Testing

/// Docs/getting-started.md is followed by new users word for word: its script, the error it
/// shows, the fix and the compile step must stay true.
@Suite struct GettingStartedTests {
    static let doc =
        (try? String(contentsOf: RepositoryPaths.docs.appendingPathComponent("getting-started.md"), encoding: .utf8))
        ?? ""

    /// The first fenced block without a language (a plain ``` fence) after `heading`.
    static func block(after heading: String) throws -> String {
        let section = try #require(doc.range(of: heading))
        var inside = false
        var plain = false
        var lines: [Substring] = []
        for line in doc[section.upperBound...].split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("```") {
                if inside {
                    if plain { return lines.map { $0 + "\n" }.joined() }
                    inside = false
                } else {
                    inside = true
                    plain = line == "```"
                }
                continue
            }
            if inside && plain { lines.append(line) }
        }
        throw BlockMissing(heading: heading)
    }

    struct BlockMissing: Error { var heading: String }

    @Test func theWalkthroughStillHappensAsWritten() throws {
        let dir = try BuiltBinary.temporaryFolder()
        let script = try Self.block(after: "## 2. Write a script")
        let file = dir.appendingPathComponent("winback.call")
        try script.write(to: file, atomically: true, encoding: .utf8)

        let first = try BuiltBinary.run(["check", "winback.call"], in: dir)
        #expect(first.status == 1)
        let shown = try Self.block(after: "## 3. Check it")
        #expect(
            first.stdout == shown, "Docs/getting-started.md shows other output than `check` gives:\n\(first.stdout)")

        // The fix the doc shows: `geen_interesse` goes on to `afscheid`, which asks the opt-out question.
        let fixed = script.replacingOccurrences(
            of: "  say \"Jammer. Dank u wel voor uw tijd.\"\n  end\n",
            with: "  say \"Jammer. Dank u wel voor uw tijd.\"\n  -> afscheid\n")
        #expect(fixed != script)
        try fixed.write(to: file, atomically: true, encoding: .utf8)
        let second = try BuiltBinary.run(["check", "winback.call"], in: dir)
        #expect(second.status == 0)
        #expect(second.stdout == "checked 1 script: 0 errors, 0 warnings\n")

        let compiled = try BuiltBinary.run(["compile", "winback.call", "-o", "winback.json"], in: dir)
        #expect(compiled.status == 0)
        let json = try String(contentsOf: dir.appendingPathComponent("winback.json"), encoding: .utf8)
        #expect(json.contains("\"start\" : \"opening.1\""))
        #expect(json.contains("\"format\" : \"callscript-machine\""))
    }
}
