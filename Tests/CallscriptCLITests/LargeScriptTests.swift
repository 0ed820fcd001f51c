import CallscriptCompiler
import CallscriptGenerator
import CallscriptTestSupport
import Foundation
import Testing

/// `check` and `compile` of scripts of `Compiler.largeScriptBytes` and more, for which the
/// command line reserves the heap in huge pages (`ScriptHeap`) before compiling.
@Suite struct LargeScriptTests {
    /// About 175 bytes a step: enough steps to be over the size where the heap is reserved.
    private static let steps = Compiler.largeScriptBytes / 150

    @Test func largeCompliantScriptCompiles() throws {
        let dir = try BuiltBinary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let main = try GeneratedFiles.write(ScriptGenerator(steps: Self.steps, seed: 5).generate(), into: dir)
        let size = try FileManager.default.attributesOfItem(atPath: main)[.size] as? NSNumber
        #expect((size?.intValue ?? 0) >= Compiler.largeScriptBytes)

        let machine = dir.appendingPathComponent("campagne.json")
        let compiled = try BuiltBinary.run(["compile", main, "-o", machine.path])
        #expect(compiled.status == 0, "\(compiled.stderr)")
        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: machine)) as? [String: Any]
        let states = (json?["states"] as? [Any])?.count ?? 0
        #expect(states > Self.steps)
        #expect(compiled.stderr.contains("(\(states) states)"), "\(compiled.stderr)")
    }

    /// A breach deep in a large script is still found, with the conversation that breaks it.
    @Test func largeNonCompliantScriptFails() throws {
        let dir = try BuiltBinary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let files = ScriptGenerator(steps: Self.steps, seed: 6, violation: .pitchAfterNotConvenient).generate()
        let main = try GeneratedFiles.write(files, into: dir)
        let checked = try BuiltBinary.run(["check", main])
        #expect(checked.status == 1)
        #expect(
            checked.stdout.contains(
                "error: 'pitch' is reachable after the answer \"Nee\" to 'ask convenient' [NL-RESPECT-NOT-CONVENIENT]"),
            "\(checked.stdout.prefix(2000))")
        #expect(checked.stdout.contains("= note: path: intro.1 → intro.2 → intro.3: \"Nee\" → s"))
        #expect(checked.stdout.hasSuffix("checked 1 script: 1 error, 0 warnings\n"))
    }
}
