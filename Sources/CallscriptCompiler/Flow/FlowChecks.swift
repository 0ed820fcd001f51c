import CallscriptDiagnostics
import CallscriptSyntax

/// Flow checks on the step graph: a step or handler from which the call can never end is an
/// error; a step no conversation reaches is a warning. Both are worklist searches, linear in
/// the number of steps and jumps.
enum FlowChecks {
    static func check(_ program: CheckedProgram) -> [Diagnostic] {
        var reporter = Reporter(files: program.files.map(\.source))
        let graph = StepGraph(program)
        let canEnd = graph.canEnd()
        let help =
            "give it a way out: an answer or branch that leads to a step ending in end, hangup, callback at or transfer optout"

        // By index: only the few reported symbols are read, none is copied.
        for index in program.steps.indices where !canEnd[index] {
            let step = program.steps[index]
            let related = exits(step.decl.body, reporter, file: step.file)
            reporter.report(
                .neverEnds, "the call can never end once it reaches step '\(step.name)'", at: step.decl.name.span,
                in: step.file, related: related, help: help)
        }
        for offset in program.handlers.indices where !canEnd[graph.stepCount + offset] {
            let handler = program.handlers[offset]
            let related = exits(handler.decl.body, reporter, file: handler.file)
            reporter.report(
                .neverEnds, "the call can never end once handler 'on \(handler.event)' starts",
                at: handler.decl.event.span,
                in: handler.file, related: related, help: help)
        }

        // Without a valid start every step would look unreachable; that error is enough.
        guard let start = program.start, let startIndex = program.stepIndex[start.decl.target.text] else {
            return reporter.diagnostics
        }
        let roots = [startIndex] + (0..<program.handlers.count).map { graph.stepCount + $0 }
        let reached = graph.reachable(from: roots)
        for index in program.steps.indices where !reached[index] {
            let step = program.steps[index]
            reporter.report(
                .unreachableStep, "step '\(step.name)' is never reached", at: step.decl.name.span, in: step.file,
                help: "jump to it from another step, or remove it")
        }
        return reporter.diagnostics
    }

    /// The jumps out of a body, as related locations, so the loop can be followed.
    private static func exits(_ body: StepBody, _ reporter: Reporter, file: Int) -> [RelatedLocation] {
        guard let ending = body.ending else { return [] }
        var targets: [Name] = []
        switch ending.kind {
        case .jump(let t): targets = [t]
        case .ask(let block): targets = block.answers.map(\.target)
        case .branches(let jumps, let otherwise): targets = jumps.map(\.target) + (otherwise.map { [$0] } ?? [])
        default: break
        }
        return targets.prefix(8).map {
            reporter.related("goes to '\($0.text)', which never ends either", $0.span, in: file)
        }
    }
}
