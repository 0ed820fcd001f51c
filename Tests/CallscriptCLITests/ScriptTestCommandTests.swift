import CallscriptTestSupport
import Foundation
import Testing

/// `callscript test` and `callscript paths` end to end: output, exit codes, files written.
@Suite struct ScriptTestCommandTests {
    static let fixtures = RepositoryPaths.root().appendingPathComponent(
        "Tests/CallscriptCalltestTests/ScriptTestFixtures")

    @Test func examplesPassWithExitZero() throws {
        let r = try BuiltBinary.run(["test", "Examples"], in: RepositoryPaths.root())
        #expect(r.status == 0, "\(r.stdout)\(r.stderr)")
        #expect(r.stdout.contains("Examples/krant/tests/abonnement.calltest (Examples/krant/abonnement.call)\n  ✔ "))
        #expect(r.stdout.contains("\ncoverage Examples/telecom/upgrade.call: states "))
        #expect(r.stdout.hasSuffix(" passed, 0 failed\n"))
        #expect(!r.stdout.contains("✘"))
    }

    @Test func failingTestExitsOneAndWritesJUnit() throws {
        let dir = try BuiltBinary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let junit = dir.appendingPathComponent("junit.xml")
        let coverage = dir.appendingPathComponent("coverage.json")
        let r = try BuiltBinary.run(
            ["test", "failing.calltest", "passing.calltest", "--junit", junit.path, "--coverage-json", coverage.path],
            in: Self.fixtures)
        #expect(r.status == 1)
        #expect(r.stdout.contains("  ✘ wrong outcome\n      failing.calltest:34:3: error: expected outcome callback\n"))
        #expect(r.stdout.contains("  ✔ bezwaar\n"))
        #expect(
            r.stdout.contains(
                "coverage small.call: states 16/17 (94%), answers 5/5, conditions 2/2, handlers 1/2\n  not covered: on-voicemail.1, on voicemail\n"
            ))
        #expect(r.stdout.hasSuffix("22 tests in 2 files: 6 passed, 16 failed\n"))
        let xml = try String(contentsOf: dir.appendingPathComponent("junit.xml"), encoding: .utf8)
        #expect(xml.contains("<testsuites name=\"callscript\" tests=\"22\" failures=\"16\" errors=\"0\">"))
        let json = try String(contentsOf: coverage, encoding: .utf8)
        #expect(json.contains("\"script\" : \"small.call\""))
    }

    @Test func invalidTestFileExitsOne() throws {
        let r = try BuiltBinary.run(["test", "malformed.calltest"], in: Self.fixtures)
        #expect(r.status == 1)
        #expect(r.stdout.contains("malformed.calltest:7:3: error: unknown test line 'anwser' [CT0002]"))
        #expect(r.stdout.contains("✘ invalid test file: no test ran"))
    }

    @Test func filterRunsOnlyMatchingTests() throws {
        let r = try BuiltBinary.run(
            ["test", "--filter", "BEZWAAR", "--no-coverage", "passing.calltest"], in: Self.fixtures)
        #expect(r.status == 0)
        #expect(r.stdout == "passing.calltest (small.call)\n  ✔ bezwaar\n\n1 test in 1 file: 1 passed, 0 failed\n")
    }

    @Test func usageAndIOErrorsExitTwo() throws {
        let missing = try BuiltBinary.run(["test", "nothing-here.calltest"])
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("no such file or folder: nothing-here.calltest"))
        let none = try BuiltBinary.run(["test"])
        #expect(none.status == 2)
        let empty = try BuiltBinary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: empty) }
        let folder = try BuiltBinary.run(["test", empty.path])
        #expect(folder.status == 2)
        #expect(folder.stderr.contains("no .calltest files found"))
        let unwritable = try BuiltBinary.run(
            ["test", "passing.calltest", "--junit", "/nonexistent/dir/junit.xml"], in: Self.fixtures)
        #expect(unwritable.status == 2)
        #expect(
            unwritable.stderr.contains(
                "/nonexistent/dir/junit.xml: error: cannot write the output file: No such file or directory [RT0502]"))
        let badOption = try BuiltBinary.run(["test", "--junt", "x.xml", "passing.calltest"], in: Self.fixtures)
        #expect(badOption.status == 2)
        #expect(badOption.stderr.contains("did you mean '--junit'?"))
    }

    @Test func pathsOutputPassesTest() throws {
        let dir = try BuiltBinary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        for example in [
            "energie-optin/winback.call", "goede-doel/donateurs.call", "krant/abonnement.call", "telecom/upgrade.call",
        ] {
            let script = RepositoryPaths.examples.appendingPathComponent(example).path
            let written = try BuiltBinary.run(["paths", script, "-o", dir.appendingPathComponent("generated").path])
            #expect(written.status == 0, "\(written.stderr)")
            #expect(written.stderr.hasPrefix("wrote "))
        }
        let r = try BuiltBinary.run(["test", "generated"], in: dir)
        #expect(r.status == 0, "\(r.stdout)")
        #expect(!r.stdout.contains("✘"))
        #expect(!r.stdout.contains("not covered"))
    }

    @Test func pathsToStandardOutputNamesTheScriptFromTheWorkingFolder() throws {
        let r = try BuiltBinary.run(["paths", "small.call"], in: Self.fixtures)
        #expect(r.status == 0)
        #expect(r.stdout.contains("\nscript \"small.call\"\ncontact naam = \"Jan\"\ncontact punten = 1\n"))
        let file = try BuiltBinary.run(
            ["paths", "small.call", "-o", "../nowhere/x.calltest", "--on", "2026-13-01"], in: Self.fixtures)
        #expect(file.status == 2)
        let missing = try BuiltBinary.run(["paths", "missing.call"], in: Self.fixtures)
        #expect(missing.status == 2)
    }

    @Test func pathsOfANonCompliantScriptExitsOne() throws {
        let dir = try BuiltBinary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let script = try String(contentsOf: Self.fixtures.appendingPathComponent("small.call"), encoding: .utf8)
            .replacingOccurrences(of: "on voicemail {\n  hangup\n}\n", with: "")
        try script.write(to: dir.appendingPathComponent("bad.call"), atomically: true, encoding: .utf8)
        let r = try BuiltBinary.run(["paths", "bad.call"], in: dir)
        #expect(r.status == 1)
        #expect(r.stderr.contains("[NL-VOICEMAIL]"))
        #expect(r.stdout.isEmpty)
    }

    @Test func quietPrintsOnlyFailuresAndNothingWhenAllPass() throws {
        let failing = try BuiltBinary.run(
            ["test", "--quiet", "failing.calltest", "passing.calltest"], in: Self.fixtures)
        #expect(failing.status == 1)
        #expect(
            failing.stdout.contains(
                "  ✘ wrong outcome\n      failing.calltest:34:3: error: expected outcome callback\n"))
        #expect(!failing.stdout.contains("✔"))
        #expect(!failing.stdout.contains("passing.calltest"))
        #expect(!failing.stdout.contains("coverage "))
        #expect(!failing.stdout.contains(" passed, "))
        let passing = try BuiltBinary.run(["test", "-q", "passing.calltest"], in: Self.fixtures)
        #expect(passing.status == 0)
        #expect(passing.stdout.isEmpty, "\(passing.stdout)")
    }

    @Test func testReadsATestFileFromStandardInput() throws {
        let text = try String(contentsOf: Self.fixtures.appendingPathComponent("failing.calltest"), encoding: .utf8)
        let r = try BuiltBinary.run(
            ["test", "-", "--stdin-name", "uit-editor.calltest", "--no-coverage"], in: Self.fixtures, input: text)
        #expect(r.status == 1)
        #expect(r.stdout.hasPrefix("uit-editor.calltest (small.call)\n"), "\(r.stdout)")
        #expect(r.stdout.contains("uit-editor.calltest:34:3: error: expected outcome callback"))
        let unnamed = try BuiltBinary.run(["test", "-", "--no-coverage"], in: Self.fixtures, input: text)
        #expect(unnamed.stdout.hasPrefix("<stdin> (small.call)\n"), "\(unnamed.stdout)")
    }

    @Test func pathsPlansAScriptFromStandardInputUnderItsGivenName() throws {
        let script = try String(contentsOf: Self.fixtures.appendingPathComponent("small.call"), encoding: .utf8)
        let r = try BuiltBinary.run(["paths", "-", "--stdin-name", "small.call"], in: Self.fixtures, input: script)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("\nscript \"small.call\"\n"))
        let unnamed = try BuiltBinary.run(["paths", "-"], in: Self.fixtures, input: script)
        #expect(unnamed.status == 2)
        #expect(unnamed.stderr.contains("paths - needs --stdin-name PATH"))
    }

    @Test func pathsQuietWritesWithoutTheNote() throws {
        let dir = try BuiltBinary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let out = dir.appendingPathComponent("small-paths.calltest").path
        let r = try BuiltBinary.run(["paths", "--quiet", "small.call", "-o", out], in: Self.fixtures)
        #expect(r.status == 0)
        #expect(r.stderr.isEmpty, "\(r.stderr)")
        #expect(FileManager.default.fileExists(atPath: out))
    }
}
