import CallscriptDiagnostics

/// The text output of `callscript test`: one block per file with `✔`/`✘` per test, each
/// failure with its `file:line:col`, expected and actual, and the last steps of the call;
/// then coverage per script and a summary line.
public struct ScriptTestReport: Sendable {
    public var colored: Bool
    /// How many transcript entries a failure shows (the most recent ones).
    public var transcriptLines: Int

    public init(colored: Bool = false, transcriptLines: Int = 8) {
        self.colored = colored
        self.transcriptLines = transcriptLines
    }

    /// One file's block.
    /// With `onlyProblems` (`test --quiet`), passing tests are left out, and a file whose tests
    /// all passed is nothing at all.
    public func render(_ file: ScriptTestFileResult, onlyProblems: Bool = false) -> String {
        if onlyProblems, file.passed, file.diagnostics.isEmpty { return "" }
        var out = bold(file.path) + (file.script.map { " (\($0))" } ?? "") + "\n"
        let renderer = TextRenderer(sources: file.sources, colored: colored)
        if !file.diagnostics.isEmpty {
            out += renderer.render(file.diagnostics).split(separator: "\n", omittingEmptySubsequences: false)
                .map { $0.isEmpty ? "" : "  " + $0 }.joined(separator: "\n")
        }
        if file.isInvalid {
            out += "  " + paint("✘", "1;31") + " invalid test file: no test ran\n"
            return out
        }
        for result in file.results {
            if let reason = result.notRun {
                out += "  " + paint("-", "33") + " \(result.name) (not run)\n"
                out += "      \(renderer.position(result.range)): " + paint("not run:", "1;33") + " \(reason)\n"
                continue
            }
            guard let failure = result.failure else {
                if !onlyProblems { out += "  " + paint("✔", "32") + " \(result.name)\n" }
                continue
            }
            out += "  " + paint("✘", "1;31") + " \(result.name)\n"
            out += "      \(renderer.position(failure.range)): " + paint("error:", "1;31") + " \(failure.message)\n"
            if let expected = failure.expected { out += "        expected: \(expected)\n" }
            if let actual = failure.actual {
                let lines = actual.split(separator: "\n")
                out += "        actual:   \(lines.first ?? "")\n"
                for line in lines.dropFirst() { out += "                  \(line)\n" }
            }
            if let help = failure.help { out += "        " + paint("help:", "1;32") + " \(help)\n" }
            if !failure.transcript.isEmpty {
                let shown = failure.transcript.suffix(transcriptLines)
                out +=
                    "        call so far\(shown.count < failure.transcript.count ? " (last \(shown.count) of \(failure.transcript.count))" : ""):\n"
                for entry in shown { out += "          \(entry)\n" }
            }
        }
        if file.results.isEmpty { out += "  (no test matched)\n" }
        return out
    }

    /// `coverage winback.call: states 34/36 (94%), answers 11/12, conditions 7/8, handlers 4/4`
    /// and, when something is missing, a `not covered:` line.
    public func render(_ coverage: ScriptCoverage) -> String {
        func ratio(_ covered: Int, _ total: Int) -> String { "\(covered)/\(total)" }
        let states = coverage.allStates.count
        let coveredStates = coverage.allStates.filter(coverage.states.contains).count
        let percent = states == 0 ? 100 : coveredStates * 100 / states
        var out = "coverage \(coverage.script): states \(ratio(coveredStates, states)) (\(percent)%)"
        out +=
            ", answers \(ratio(coverage.allAnswers.filter(coverage.answers.contains).count, coverage.allAnswers.count))"
        out +=
            ", conditions \(ratio(coverage.allBranches.filter(coverage.branches.contains).count, coverage.allBranches.count))"
        out +=
            ", handlers \(ratio(coverage.allHandlers.filter(coverage.handlers.contains).count, coverage.allHandlers.count))\n"
        let missing = coverage.uncovered
        if !missing.isEmpty { out += "  not covered: \(missing.joined(separator: ", "))\n" }
        return out
    }

    /// `7 tests in 3 files: 6 passed, 1 failed` (plus invalid files when there are any).
    public func summary(_ files: [ScriptTestFileResult]) -> String {
        let results = files.flatMap(\.results)
        let failed = results.filter { $0.failure != nil }.count
        let notRun = results.filter { $0.notRun != nil }.count
        let invalid = files.filter(\.isInvalid).count
        var out =
            "\(count(results.count, "test")) in \(count(files.count, "file")): \(results.count - failed - notRun) passed, \(failed) failed"
        if notRun > 0 { out += ", \(notRun) not run" }
        if invalid > 0 { out += ", \(count(invalid, "invalid file"))" }
        let ok = failed == 0 && invalid == 0 && notRun == 0
        return paint(out, ok ? "32" : "1;31") + "\n"
    }

    private func count(_ n: Int, _ word: String) -> String { n == 1 ? "1 \(word)" : "\(n) \(word)s" }

    private func bold(_ text: String) -> String { paint(text, "1") }

    private func paint(_ text: String, _ code: String) -> String { colored ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text }
}
