import CallscriptCompiler
import CallscriptMachine
import CallscriptTestSupport
import Foundation
import Testing

/// Every script that compiles without errors (the Examples/ folder and this target's
/// fixtures) survives encode -> decode unchanged, and its digest is stable.
@Suite struct RoundTripTests {
    static func scripts() -> [URL] {
        let examples = RepositoryPaths.files(in: RepositoryPaths.examples, withExtension: "call")
        let fixtures = Fixture.all().map(\.main)
        return examples + fixtures
    }

    @Test(arguments: scripts())
    func machineSurvivesJSON(_ url: URL) throws {
        let result = Compiler.compile(path: url.path, options: CompileOptions(checkDate: testDate, verify: false))
        guard let machine = result.machine else {
            // Scripts with language errors have no machine; their diagnostics are tested elsewhere.
            #expect(result.hasErrors)
            return
        }
        let data = Data(CanonicalJSON.pretty(machine))
        let decoded = try MachineDecoding.decode(data, file: url.lastPathComponent).get()
        #expect(decoded == machine)
        #expect(CanonicalJSON.digest(decoded) == machine.digest)
        #expect(Data(CanonicalJSON.pretty(decoded)) == data, "encoding is canonical")
    }

    @Test func compilingTwiceGivesTheSameDigest() throws {
        let source = try CompilerFixtures.text("valid/winback.call")
        let a = try #require(compileText(source).machine)
        let b = try #require(compileText(source).machine)
        #expect(a.digest == b.digest)
        let changed = try #require(compileText(source.replacingOccurrences(of: "twaalf", with: "tien")).machine)
        #expect(changed.digest != a.digest)
    }
}
