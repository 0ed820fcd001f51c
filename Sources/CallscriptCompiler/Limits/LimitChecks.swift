import CallscriptDiagnostics
import CallscriptSyntax
import Foundation

/// Checks of the limits in `ScriptLimits`: file size and line length before a file is parsed,
/// counts of steps, states, answers and branches after.
struct LimitChecks {
    let limits: ScriptLimits

    /// Why `bytes` cannot be parsed as the file at `path`, if they are over a limit: a
    /// diagnostic in `path` (the first long line), or nil when the file is within limits.
    func fileProblem(_ bytes: [UInt8], path: String, totalSoFar: Int) -> Diagnostic? {
        let mb = megabytes
        if bytes.count > limits.maximumFileBytes { return tooLarge(bytes.count, path: path) }
        if totalSoFar + bytes.count > limits.maximumTotalBytes {
            return Diagnostic(
                .fileTooLarge,
                "the script's files together are more than the limit of \(mb(limits.maximumTotalBytes))",
                at: .wholeFile(path), help: "split the campaign into several scripts")
        }
        let limit = limits.maximumLineBytes
        // `memchr` from line to line: this runs over every byte of every file, and a loop in
        // Swift cost about six instructions a byte.
        let long: Int? = bytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return nil }
            var lineStart = 0
            while lineStart < buffer.count {
                guard let found = memchr(base + lineStart, Int32(UInt8(ascii: "\n")), buffer.count - lineStart) else {
                    break
                }
                let offset = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
                if offset - lineStart > limit { return lineStart }
                lineStart = offset + 1
            }
            return buffer.count - lineStart > limit ? lineStart : nil
        }
        return long.map { longLine(bytes, path: path, start: $0) }
    }

    func tooLarge(_ size: Int, path: String) -> Diagnostic {
        Diagnostic(
            .fileTooLarge,
            "script file is \(megabytes(size)), more than the limit of \(megabytes(limits.maximumFileBytes))",
            at: .wholeFile(path), help: "split the script: move steps into files brought in with 'use'")
    }

    /// `12.5 MiB`.
    func megabytes(_ n: Int) -> String {
        let tenths = (n * 10 + 524_288) / 1_048_576
        return "\(tenths / 10).\(tenths % 10) MiB"
    }

    private func longLine(_ bytes: [UInt8], path: String, start: Int) -> Diagnostic {
        var line = 1
        for byte in bytes[0..<start] where byte == UInt8(ascii: "\n") { line += 1 }
        let location = SourceLocation(offset: start, line: line, column: 1)
        return Diagnostic(
            .lineTooLong, "line \(line) is longer than \(limits.maximumLineBytes) bytes",
            at: SourceRange(file: path, start: location, end: location),
            help: "break the line: put each statement on its own line and shorten very long texts")
    }
}

extension LimitChecks {
    /// Counts against the limits; each limit is reported once, where it is first exceeded.
    func check(_ program: CheckedProgram) -> [Diagnostic] {
        var reporter = Reporter(files: program.files.map(\.source))
        if program.steps.count > limits.maximumSteps {
            let step = program.steps[limits.maximumSteps]
            reporter.report(
                .tooManySteps,
                "the script has \(program.steps.count) steps, more than the limit of \(limits.maximumSteps)",
                at: step.decl.name.span, in: step.file, help: "split the campaign into several scripts")
        }
        // From the checker's per-body counts (`JumpTargets`): a body is read only when it is
        // over a limit, since at 100,000 steps a pass over every body's ending cost a few
        // memory misses per step.
        let jumps = program.jumps
        let maximumJumps = min(limits.maximumAnswers, limits.maximumBranches)
        var states = 0
        for node in 0..<jumps.count {
            let file =
                node < program.steps.count
                ? program.steps[node].file : program.handlers[node - program.steps.count].file
            let before = states
            states += Int(jumps.statementCount[node]) + 1
            if states > limits.maximumStates, before <= limits.maximumStates {
                reporter.report(
                    .tooManyStates, "the script has more than \(limits.maximumStates) statements and endings",
                    at: program.withBody(node) { $0.span }, in: file, help: "split the campaign into several scripts")
            }
            if jumps.of(node).count > maximumJumps {
                program.withBody(node) { checkEnding($0, in: file, &reporter) }
            }
        }
        return reporter.diagnostics
    }

    /// The answers of an ask and the `if` lines of a branch against their limits.
    private func checkEnding(_ body: borrowing StepBody, in file: Int, _ reporter: inout Reporter) {
        switch body.ending?.kind {
        case .ask(let block) where block.answers.count > limits.maximumAnswers:
            reporter.report(
                .tooManyAnswers,
                "question has \(block.answers.count) answers, more than the limit of \(limits.maximumAnswers)",
                at: block.answers[limits.maximumAnswers].span, in: file,
                help: "group the answers, or ask a follow-up question for the rarer ones")
        case .branches(let jumps, _) where jumps.count > limits.maximumBranches:
            reporter.report(
                .tooManyBranches,
                "step ending has \(jumps.count) 'if' lines, more than the limit of \(limits.maximumBranches)",
                at: jumps[limits.maximumBranches].span, in: file,
                help: "split the decision over several steps, each with a few 'if' lines")
        default: break
        }
    }
}
