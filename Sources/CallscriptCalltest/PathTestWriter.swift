import CallscriptMachine
import CallscriptRuntime

/// Turns planned paths into test text. The lines that do not depend on the chosen values (a
/// line the agent reads, an answer, an outcome taken) are written once per state when the
/// writer is made, since long conversations pass the same states many times.
struct PathTestWriter {
    let machine: Machine
    let index: MachineIndex
    let solver: PathDataSolver
    let roles: [Role]
    /// Per state, the text for each transition taken out of it (one entry for states with one
    /// line and no choice); empty where the text depends on values (captures, callbacks).
    private let fixed: [[String]]
    /// Per branch state, the fields its conditions read (empty for other states), so a TODO
    /// looks only at the branches that read its fields.
    let branchFields: [Set<String>]

    /// `paths` are the conversations to write: only the states they pass get lines.
    init(machine: Machine, index: MachineIndex, solver: PathDataSolver, roles: [Role], paths: [PlannedPath]) {
        self.machine = machine
        self.index = index
        self.solver = solver
        self.roles = roles
        var used = Array(repeating: false, count: machine.states.count)
        for path in paths { for step in path.steps { used[step.position] = true } }
        fixed = machine.states.indices.map { used[$0] ? Self.fixedLines(machine.states[$0]) : [] }
        branchFields = machine.states.map { state in
            state.role == .branch ? Set(state.transitions.compactMap(\.condition).flatMap(\.fields)) : []
        }
    }

    /// The lines `test` writes for `state`, by transition taken.
    private static func fixedLines(_ state: State) -> [String] {
        switch state.role {
        case .say, .identify, .pitch, .optout, .disclose:
            return [line("expect line \(state.id)", "\(state.role.rawValue): \(short(state.text ?? "", 48))")]
        case .transferOptout:
            return [
                line("expect line \(state.id)", "transfer optout: \(short(state.text ?? "", 40))")
                    + "  expect outcome transfer-optout\n"
            ]
        case .ask, .askConvenient, .askConsent, .askOptout, .askSale:
            return state.transitions.indices.map { t in
                var out = line(answer(state, t), state.id)
                if state.role == .askConsent, state.transitions[t].answerClass == .yes {
                    out += "  expect consent \(quote(state.purpose ?? ""))\n"
                }
                return out
            }
        case .branch:
            return state.transitions.map { choice in
                "  # \(state.id): \(choice.kind == .otherwise ? "else" : "if \(choice.condition?.description ?? "?")")\n"
            }
        case .recordObjection: return ["  expect objection recorded\n"]
        case .end: return ["  expect outcome end\n"]
        case .hangup: return ["  expect outcome hangup\n"]
        case .capture, .callback: return []
        }
    }

    func header(script: String, unreachable: [PathTarget]) -> String {
        var out = """
            # Conversations through "\(machine.script.name)", written by `callscript paths`.
            # Together the tests give every answer, both outcomes of every condition and every
            # handler. A starting point: rename the tests, add `expect say "..."` lines for the
            # wording that matters, and delete what you do not need.

            script \(quote(script))

            """
        for field in machine.fields where field.origin == .contact {
            out += "contact \(field.name) = \(literal(PathDataSolver.defaultValue(field), field.type))\n"
        }
        if !unreachable.isEmpty {
            out += "\n# not reachable in any conversation: \(unreachable.map(describe).joined(separator: ", "))\n"
        }
        return out
    }

    func describe(_ target: PathTarget) -> String {
        switch target {
        case .handler(let event): return "on \(event)"
        case .choice(let s, let i):
            let state = index[s]
            let t = state.transitions[i]
            switch t.kind {
            case .answer: return "\(state.id) → \(t.label ?? "answer \(i + 1)")"
            case .condition: return "\(state.id) → if \(t.condition?.description ?? "?")"
            case .otherwise: return "\(state.id) → else"
            case .next: return state.id
            }
        }
    }

    func name(_ path: PlannedPath, _ names: inout Set<String>) -> String {
        let base = describe(path.primary)
        var name = base
        var n = 2
        while !names.insert(name).inserted {
            name = "\(base) (\(n))"
            n += 1
        }
        return name
    }

    /// The test of `path`: `checkpoints` names the steps (of this path) where other tests
    /// branch off, and `from` the checkpoint this path continues, if it does.
    func test(
        _ path: PlannedPath, solution: PathDataSolver.Solution, names: inout Set<String>,
        checkpoints: [Int: String] = [:], from: String? = nil
    ) -> String {
        var out = "# covers: \(path.covered.map(describe).joined(separator: ", "))\n"
        out += "test \(quote(name(path, &names)))\n"
        if let from {
            // The contact and what was captured come with the call it continues.
            out += "  from \(quote(from))\n"
        } else {
            for field in machine.fields where field.origin == .contact {
                if let value = solution.contact[field.name], value != canonicalDefault(field) {
                    out += "  contact \(field.name) = \(literal(value, field.type))\n"
                }
            }
            if let handler = path.handler { out += Self.line("event \(handler)", "raised at the first line") }
        }
        var captured = path.inherited
        for (n, step) in path.steps.enumerated() {
            if let checkpoint = checkpoints[n] { out += "  checkpoint \(quote(checkpoint))\n" }
            let lines = fixed[step.position]
            switch roles[step.position] {
            case .ask, .askConvenient, .askConsent, .askOptout, .askSale, .branch:
                guard let t = step.transition, lines.indices.contains(t) else { continue }
                out += lines[t]
            case .capture:
                let field = index.machine.states[step.position].field
                let value = solution.captures[n] ?? field.flatMap { solver.candidates[$0]?.first } ?? ""
                if let field { captured[field] = value }
                let type = field.flatMap { solver.fields[$0]?.type } ?? FieldType(.text)
                out += Self.line(
                    "capture \(field ?? "?") = \(literal(value, type))", index.machine.states[step.position].id)
            case .callback:
                if let at = index.machine.states[step.position].field.flatMap({ captured[$0] }) {
                    out += "  expect outcome callback \(at)\n  expect callback \(quote(at))\n"
                } else {
                    out += "  expect outcome callback\n"
                }
            default:
                if let line = lines.first { out += line }
            }
        }
        return out
    }

    /// `answer "label"`, or `answer N` when the label has placeholders or is not unique.
    static func answer(_ state: State, _ t: Int) -> String {
        let label = state.transitions[t].label ?? ""
        let unique =
            state.transitions.filter { normalized($0.label ?? "").lowercased() == normalized(label).lowercased() }.count
            == 1
        let prefixClash = state.transitions.enumerated().contains { i, other in
            i != t && normalized(other.label ?? "").lowercased().hasPrefix(normalized(label).lowercased())
        }
        if label.contains("{") || label.isEmpty || !unique || (prefixClash && !unique) { return "answer \(t + 1)" }
        return "answer \(quote(label))"
    }

    private func canonicalDefault(_ field: Field) -> String? {
        guard case .success(let v) = FieldParser.parse(PathDataSolver.defaultValue(field), as: field.type) else {
            return nil
        }
        return v.text
    }

    private static func line(_ text: String, _ comment: String) -> String {
        let padded = "  " + text
        let width = max(padded.count + 2, 40)
        return padded + String(repeating: " ", count: width - padded.count) + "# "
            + comment.replacingOccurrences(of: "\n", with: " ") + "\n"
    }
}
