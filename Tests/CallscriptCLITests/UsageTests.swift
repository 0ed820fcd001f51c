import CallscriptTestSupport
import Foundation
import Testing

/// The CLI's contract for people and CI: help, version, usage errors and exit codes.
@Suite struct UsageTests {
    @Test func versionPrintsNameAndVersion() throws {
        let r = try BuiltBinary.run(["--version"])
        #expect(r.status == 0)
        #expect(r.stdout.hasPrefix("callscript "))
    }

    @Test func helpListsCommands() throws {
        let r = try BuiltBinary.run(["--help"])
        #expect(r.status == 0)
        for command in ["check", "compile", "explain", "fmt", "graph", "lsp"] {
            #expect(r.stdout.contains("  \(command) "))
        }
    }

    @Test(arguments: ["check", "compile", "explain", "fmt", "graph", "lsp"])
    func everySubcommandHasHelp(_ command: String) throws {
        let r = try BuiltBinary.run([command, "--help"])
        #expect(r.status == 0)
        #expect(r.stdout.contains("USAGE: callscript \(command)"))
        #expect(r.stdout.contains("--help"))
    }

    @Test func unknownCommandSuggestsTheNearestAndExitsTwo() throws {
        let r = try BuiltBinary.run(["chekc", "x.call"])
        #expect(r.status == 2)
        #expect(r.stderr.contains("unknown command 'chekc'; did you mean 'check'?"))
    }

    @Test func unknownOptionExitsTwo() throws {
        let r = try BuiltBinary.run(["check", "--formt", "json", "x.call"])
        #expect(r.status == 2)
        #expect(r.stderr.contains("unknown option '--formt'; did you mean '--format'?"))
        #expect(r.stderr.contains("usage: callscript check"))
    }

    @Test func missingFileIsAnIOError() throws {
        let r = try BuiltBinary.run(["check", "does-not-exist.call"])
        #expect(r.status == 2)
        #expect(r.stderr.contains("no such file or folder: does-not-exist.call"))
    }

    @Test func folderWithoutScriptsIsAnIOError() throws {
        let dir = try BuiltBinary.temporaryFolder()
        let r = try BuiltBinary.run(["check", dir.path])
        #expect(r.status == 2)
        #expect(r.stderr.contains("no .call scripts found"))
    }

    @Test func noArgumentsIsAUsageError() throws {
        let r = try BuiltBinary.run(["check"])
        #expect(r.status == 2)
        #expect(r.stderr.contains("no scripts given"))
    }

    @Test func badDateIsAUsageError() throws {
        let r = try BuiltBinary.run(["check", "--on", "2026-02-30", "x.call"])
        #expect(r.status == 2)
        #expect(r.stderr.contains("invalid date '2026-02-30'"))
    }

    @Test func invalidFormatIsAUsageError() throws {
        let r = try BuiltBinary.run(["check", "--format", "xml", "x.call"])
        #expect(r.status == 2)
        #expect(r.stderr.contains("expected one of: text, json"))
    }
}

/// `callscript fmt --check` for CI and pre-commit hooks.
@Suite struct FmtCommandTests {
    @Test func checkListsUnformattedFilesAndExitsOne() throws {
        let dir = try BuiltBinary.temporaryFolder()
        let messy = dir.appendingPathComponent("messy.call")
        try "step  a {\nend }\n".write(to: messy, atomically: true, encoding: .utf8)
        let tidy = dir.appendingPathComponent("tidy.call")
        try "step a {\n  end\n}\n".write(to: tidy, atomically: true, encoding: .utf8)
        let check = try BuiltBinary.run(["fmt", "--check", dir.path])
        #expect(check.status == 1)
        #expect(check.stdout == "\(messy.path)\n")
        let fix = try BuiltBinary.run(["fmt", dir.path])
        #expect(fix.status == 0)
        #expect(try String(contentsOf: messy, encoding: .utf8) == "step a {\n  end\n}\n")
        #expect(try BuiltBinary.run(["fmt", "--check", dir.path]).status == 0)
    }

    @Test func fileWithSyntaxErrorsIsLeftAlone() throws {
        let dir = try BuiltBinary.temporaryFolder()
        let broken = dir.appendingPathComponent("broken.call")
        let text = "step a {\n  say \"niet af\n  end\n}\n"
        try text.write(to: broken, atomically: true, encoding: .utf8)
        let r = try BuiltBinary.run(["fmt", broken.path])
        #expect(r.status == 1)
        #expect(r.stderr.contains("[CS0001]"))
        #expect(try String(contentsOf: broken, encoding: .utf8) == text)
    }
}

/// `callscript explain` for compliance officers and designers.
@Suite struct ExplainCommandTests {
    @Test func explainsARuleWithExamples() throws {
        let r = try BuiltBinary.run(["explain", "nl-optout-at-end"])
        #expect(r.status == 0)
        for part in [
            "NL-OPTOUT-AT-END", "Requires:", "Source:", "What the checker proves:", "Failing example:",
            "Fixed example:",
        ] {
            #expect(r.stdout.contains(part), "missing \(part)")
        }
    }

    @Test func unknownRuleListsTheKnownOnesAndExitsTwo() throws {
        let r = try BuiltBinary.run(["explain", "NL-NOPE"])
        #expect(r.status == 2)
        #expect(r.stderr.contains("unknown rule 'NL-NOPE'"))
        #expect(r.stderr.contains("NL-IDENTIFY-FIRST"))
    }

    @Test(arguments: ["CS0140", "cs0012", "CS0100", "CS0305", "CS0401", "RT0201", "CT0103"])
    func explainsEveryKindOfDiagnosticCode(_ code: String) throws {
        let r = try BuiltBinary.run(["explain", code])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.hasPrefix(code.uppercased() + ": "))
        #expect(r.stdout.contains("Docs/"))
    }

    @Test func explainsTheCodeWithItsTitleSeverityPageSectionAndExamples() throws {
        let r = try BuiltBinary.run(["explain", "CS0140"])
        #expect(
            r.stdout.hasPrefix(
                """
                CS0140: unknown step
                error — names: steps, fields, handlers, placeholders, `start`

                Severity: error.

                A jump, an answer or `start` names a step that does not exist.
                """))
        #expect(r.stdout.contains("\nWrong:\n\n```callscript\n"))
        #expect(r.stdout.contains("  -> afsluting\n"))
        #expect(r.stdout.contains("\nFixed:\n\n```callscript\n"))
        #expect(r.stdout.hasSuffix("```\n\nIn the documentation: Docs/diagnostics.md#cs0140\n"))
        let runtime = try BuiltBinary.run(["explain", "RT0001"])
        #expect(runtime.stdout.contains("Severity: error. Exit status: 2."))
        // CT codes are explained in the test files' page, which the binary does not carry.
        let calltest = try BuiltBinary.run(["explain", "CT0103"])
        #expect(calltest.stdout.hasSuffix("What it means and how to fix it: Docs/testing-scripts.md\n"))
    }

    @Test func unknownCodeSaysWhereTheCodesAre() throws {
        let r = try BuiltBinary.run(["explain", "CS9999"])
        #expect(r.status == 2)
        #expect(r.stderr.contains("unknown diagnostic code 'CS9999'"))
    }

    @Test func listShowsEveryPolicy() throws {
        let r = try BuiltBinary.run(["explain", "--list"])
        #expect(r.status == 0)
        #expect(r.stdout.contains("NL-GATE-HOURS"))
        #expect(r.stdout.contains("US-TSR-DISCLOSE-GOODS"))
    }
}

/// `check` on folders: recursion, shared files and exclusions.
@Suite struct CheckFolderTests {
    @Test func examplesAreCleanAndExcludedFoldersAreSkipped() throws {
        let examples = RepositoryPaths.examples.path
        let r = try BuiltBinary.run(["check", examples, "--exclude", examples + "/noncompliant/"])
        #expect(r.status == 0, "\(r.stdout)")
        #expect(r.stdout.contains("0 errors, 0 warnings"))
        #expect(!r.stdout.contains("noncompliant"))
    }

    @Test func excludingEverythingIsAnIOError() throws {
        let dir = try BuiltBinary.temporaryFolder()
        try "step a {\n  end\n}\n".write(to: dir.appendingPathComponent("a.call"), atomically: true, encoding: .utf8)
        let r = try BuiltBinary.run(["check", dir.path, "--exclude", dir.path])
        #expect(r.status == 2)
        #expect(r.stderr.contains("no .call scripts found"))
    }
}

/// Scripts are checked in parallel; the report must not depend on which finishes first.
@Suite struct CheckOrderTests {
    @Test func parallelCheckGivesTheSameSortedReportEveryTime() throws {
        let args = ["check", "--on", "2026-11-29", "--format", "json", "Examples"]
        let first = try BuiltBinary.run(args, in: RepositoryPaths.root())
        #expect(first.status == 1)
        for _ in 0..<3 {
            let again = try BuiltBinary.run(args, in: RepositoryPaths.root())
            #expect(again.stdout == first.stdout)
        }
        // Findings come out ordered by file, then position.
        let report = try #require(try JSONSerialization.jsonObject(with: Data(first.stdout.utf8)) as? [String: Any])
        let diagnostics = try #require(report["diagnostics"] as? [[String: Any]])
        let keys = diagnostics.compactMap { d -> (String, Int)? in
            guard let range = d["range"] as? [String: Any], let file = range["file"] as? String,
                let start = range["start"] as? [String: Any], let offset = start["offset"] as? Int
            else { return nil }
            return (file, offset)
        }
        #expect(keys.count == diagnostics.count)
        #expect(keys.count >= 15)
        #expect(zip(keys, keys.dropFirst()).allSatisfy { a, b in a.0 < b.0 || (a.0 == b.0 && a.1 <= b.1) })
    }
}
