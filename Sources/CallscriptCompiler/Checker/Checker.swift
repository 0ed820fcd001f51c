import CallscriptDiagnostics
import CallscriptSyntax

/// Name and type checking over all loaded files. One pass to collect declarations, one over
/// the header, one over every step and handler body; each is linear in the script's size.
struct Checker {
    var reporter: Reporter
    var program: CheckedProgram
    /// How many more "did you mean" searches we may run; each costs a scan of the candidates,
    /// so a script full of typos would otherwise be quadratic.
    var suggestionBudget = 200
    /// While a body is checked: `JumpTargets` resolved all its jumps to steps, so
    /// `checkStepTarget` has nothing to look up (most bodies; an unknown one is looked up and reported).
    var targetsKnown = false

    /// Used files that were not found: names they may have declared are not reported unknown.
    var missingUses: [MissingUse] = []

    init(files: consuming [LoadedFile]) {
        self.reporter = Reporter(files: files.map(\.source))
        self.program = CheckedProgram(files: files)
    }

    /// Checks the loaded program; the diagnostics are the checker's only (not the parser's).
    /// The files are consumed: a caller that keeps them keeps every tree's items alive.
    static func check(_ files: consuming [LoadedFile], missingUses: [MissingUse] = []) -> (CheckedProgram, [Diagnostic])
    {
        var checker = Checker(files: files)
        checker.missingUses = missingUses
        guard !checker.program.files.isEmpty else { return (checker.program, []) }
        // The declarations move into the symbol tables; the files' item lists are left empty
        // (held as well, they were a fifth of the tree at the peak of memory of `check`).
        checker.collectDeclarations()
        checker.checkHeader()
        checker.checkPurposes()
        // Also resolves every jump (`CheckedProgram.jumps`), in the same pass over the bodies.
        checker.checkBodies()
        return (checker.program, checker.reporter.diagnostics)
    }

    /// A help line and fix-it proposing the nearest of `candidates`, if one is close enough.
    mutating func suggestion<S: Sequence>(
        for name: Name, in file: Int, among candidates: S, written: (String) -> String = { $0 }
    ) -> (help: String?, fixIts: [FixIt]) where S.Element == String {
        guard suggestionBudget > 0 else { return (nil, []) }
        suggestionBudget -= 1
        guard let best = Suggestions.closest(to: name.text, among: candidates) else { return (nil, []) }
        let edit = TextEdit(range: reporter.range(name.span, in: file), replacement: written(best))
        return ("did you mean '\(best)'?", [FixIt(message: "replace '\(name.text)' with '\(best)'", edits: [edit])])
    }
}
