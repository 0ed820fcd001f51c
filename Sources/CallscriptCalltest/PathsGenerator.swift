import CallscriptMachine
import CallscriptRuntime

/// What `callscript paths` wrote.
public struct GeneratedPaths: Sendable {
    /// The `.calltest` file.
    public var text: String
    /// Tests written (each passes as generated).
    public var tests: Int
    /// Targets left as a commented-out `TODO choose data` test.
    public var todo: Int
    /// Answers, conditions or handlers no conversation reaches.
    public var unreachable: Int
    /// The planner's work: states its searches and walks visited, look-ahead states and value
    /// combinations tried. It grows with the machine and with what is written, so tests can
    /// tell when planning stops being linear without timing it.
    public var work: Int
    /// Steps of the conversations written (the size of the tests).
    public var steps: Int
}

/// Writes a `.calltest` file with one test per planned path: a starting point for designers
/// that covers every answer, both outcomes of every condition and every handler.
public enum PathsGenerator {
    /// `script` is the script's path as the test file should name it (relative to the folder
    /// the test file goes to).
    public static func generate(machine: Machine, script: String) -> GeneratedPaths {
        let planner = PathPlanner(machine: machine)
        let index = planner.index
        let solver = PathDataSolver(machine: machine, index: index)
        let (targets, unreachable) = planner.targets()
        var work = planner.work

        // Walks first, from the shallowest target not covered yet: each goes on through the
        // targets no walk has taken, so a few long conversations cover a long script.
        var walker = PathWalker(planner: planner, solver: solver)
        let shallowFirst = targets.indices.sorted { a, b in
            let (da, db) = (planner.depth(targets[a]), planner.depth(targets[b]))
            return da != db ? da < db : a < b
        }
        var chosen: [(PlannedPath, PathDataSolver.Solution)] = []
        var left: [Int] = []
        for k in shallowFirst where !walker.isCovered(targets[k]) {
            if let (path, solution) = walker.walk(targets[k]) {
                walker.cover(path.covered)
                walker.remember(path)
                chosen.append((path, solution))
            } else {
                left.append(k)
            }
        }
        work += walker.work

        // Targets no walk could take (values the walk fixed too early, a capture the shortest
        // way never asks): one shortest path each, deepest first, with the backtracking solver.
        let deepFirst = left.sorted { a, b in
            let (da, db) = (planner.depth(targets[a]), planner.depth(targets[b]))
            return da != db ? da > db : a < b
        }.map { targets[$0] }
        // Detours cost a few searches of the whole machine each; a fixed allowance keeps
        // scripts with many impossible conditions linear.
        var detourAllowance = 32
        var failed: [PlannedPath] = []
        for target in deepFirst where !walker.isCovered(target) {
            guard let path = planner.path(for: target) else { continue }
            work += path.steps.count
            if let solution = solver.solve(path, roles: planner.roles, work: &work) {
                chosen.append((path, solution))
                walker.cover(path.covered)
                continue
            }
            if detourAllowance > 0, planner.readsUncaptured(target, on: path) {
                detourAllowance -= 1
                work += 2 * index.count
                if let (detour, solution) = planner.detours(for: target).lazy.compactMap({ p in
                    solver.solve(p, roles: planner.roles, work: &work).map { (p, $0) }
                }).first {
                    chosen.append((detour, solution))
                    walker.cover(detour.covered)
                    continue
                }
            }
            failed.append(path)
        }
        failed.removeAll { walker.isCovered($0.primary) }
        // Later paths can pass every target of an earlier one: drop those, counting how many
        // kept paths pass each target so this stays linear.
        var passes: [PathTarget: Int] = [:]
        for (path, _) in chosen { for t in Set(path.covered) { passes[t, default: 0] += 1 } }
        var kept: [(PlannedPath, PathDataSolver.Solution)] = []
        for (path, solution) in chosen {
            let targets = Set(path.covered)
            if targets.allSatisfy({ passes[$0, default: 0] > 1 }) {
                for t in targets { passes[t, default: 0] -= 1 }
            } else {
                kept.append((path, solution))
            }
        }
        chosen = kept

        let writer = PathTestWriter(machine: machine, index: index, solver: solver, roles: planner.roles)
        var out = writer.header(script: script, unreachable: unreachable)
        var names: Set<String> = []
        let order = { (p: PlannedPath) -> (Int, Int, Int) in
            switch p.primary {
            case .choice(let s, let i): (0, s, i)
            case .handler(let e): (1, machine.handlers.firstIndex { $0.event == e } ?? 0, 0)
            }
        }
        for (path, solution) in chosen.sorted(by: { order($0.0) < order($1.0) }) {
            out += "\n" + writer.test(path, solution: solution, names: &names)
        }
        for path in failed.sorted(by: { order($0) < order($1) }) {
            out += "\n" + writer.todo(path, names: &names)
        }
        return GeneratedPaths(
            text: out, tests: chosen.count, todo: failed.count, unreachable: unreachable.count, work: work,
            steps: chosen.reduce(0) { $0 + $1.0.steps.count })
    }
}

/// Turns planned paths into test text.
struct PathTestWriter {
    let machine: Machine
    let index: MachineIndex
    let solver: PathDataSolver
    let roles: [Role]

    func header(script: String, unreachable: [PathTarget]) -> String {
        var out = """
            # Shortest paths through "\(machine.script.name)", written by `callscript paths`.
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

    private func name(_ path: PlannedPath, _ names: inout Set<String>) -> String {
        let base = describe(path.primary)
        var name = base
        var n = 2
        while !names.insert(name).inserted {
            name = "\(base) (\(n))"
            n += 1
        }
        return name
    }

    func test(_ path: PlannedPath, solution: PathDataSolver.Solution, names: inout Set<String>) -> String {
        var out = "# covers: \(path.covered.map(describe).joined(separator: ", "))\n"
        out += "test \(quote(name(path, &names)))\n"
        for field in machine.fields where field.origin == .contact {
            if let value = solution.contact[field.name], value != canonicalDefault(field) {
                out += "  contact \(field.name) = \(literal(value, field.type))\n"
            }
        }
        if let handler = path.handler { out += line("event \(handler)", "raised at the first line") }
        var captured: [String: String] = [:]
        for (n, step) in path.steps.enumerated() {
            let state = index[step.position]
            switch state.role {
            case .say, .identify, .pitch, .optout, .disclose:
                out += line("expect line \(state.id)", "\(state.role.rawValue): \(short(state.text ?? "", 48))")
            case .transferOptout:
                out += line("expect line \(state.id)", "transfer optout: \(short(state.text ?? "", 40))")
                out += "  expect outcome transfer-optout\n"
            case .ask, .askConvenient, .askConsent, .askOptout, .askSale:
                guard let t = step.transition else { continue }
                out += line(Self.answer(state, t), state.id)
                if state.role == .askConsent, state.transitions[t].answerClass == .yes {
                    out += "  expect consent \(quote(state.purpose ?? ""))\n"
                }
            case .capture:
                let value = solution.captures[n] ?? state.field.flatMap { solver.candidates[$0]?.first } ?? ""
                if let field = state.field { captured[field] = value }
                let type = state.field.flatMap { solver.fields[$0]?.type } ?? FieldType(.text)
                out += line("capture \(state.field ?? "?") = \(literal(value, type))", state.id)
            case .branch:
                guard let t = step.transition else { continue }
                let choice = state.transitions[t]
                out +=
                    "  # \(state.id): \(choice.kind == .otherwise ? "else" : "if \(choice.condition?.description ?? "?")")\n"
            case .recordObjection: out += "  expect objection recorded\n"
            case .end: out += "  expect outcome end\n"
            case .hangup: out += "  expect outcome hangup\n"
            case .callback:
                if let at = state.field.flatMap({ captured[$0] }) {
                    out += "  expect outcome callback \(at)\n  expect callback \(quote(at))\n"
                } else {
                    out += "  expect outcome callback\n"
                }
            }
        }
        return out
    }

    /// A path whose data could not be chosen, written as comments so the file still passes.
    /// Only the conditions that read the target's fields are listed, to keep it short.
    func todo(_ path: PlannedPath, names: inout Set<String>) -> String {
        var read: Set<String> = []
        if case .choice(let s, let i) = path.primary {
            read = Set(index[s].transitions.prefix(i + 1).compactMap(\.condition).flatMap(\.fields))
        }
        var conditions: [String] = []
        var total = 0
        for step in path.steps {
            guard roles[step.position] == .branch, let t = step.transition else { continue }
            let state = index.machine.states[step.position]
            total += 1
            let choice = state.transitions[t]
            let fields = state.transitions.prefix(t + 1).compactMap(\.condition).flatMap(\.fields)
            guard fields.contains(where: read.contains) else { continue }
            conditions.append(
                "\(state.id) \(choice.kind == .otherwise ? "else" : "if \(choice.condition?.description ?? "?")")")
        }
        var out = "# TODO choose data: no contact or captured values were found that take this path\n"
        out +=
            "#   through \(total == 1 ? "1 condition" : "\(total) conditions"), of which these read the same fields: \(conditions.joined(separator: "; "))\n"
        out += "# test \(quote(name(path, &names)))\n"
        if let handler = path.handler { out += "#   event \(handler)\n" }
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

    private func line(_ text: String, _ comment: String) -> String {
        let padded = "  " + text
        let width = max(padded.count + 2, 40)
        return padded + String(repeating: " ", count: width - padded.count) + "# "
            + comment.replacingOccurrences(of: "\n", with: " ") + "\n"
    }
}

/// A value as a designer would write it: words and numbers bare, text in quotes.
func literal(_ value: String, _ type: FieldType) -> String {
    switch type.kind {
    case .number, .yesno, .choice: value
    default: quote(value)
    }
}

/// A test-file string literal.
func quote(_ text: String) -> String {
    var out = "\""
    for c in text.unicodeScalars {
        switch c {
        case "\"": out += "\\\""
        case "\\": out += "\\\\"
        case "\n": out += "\\n"
        default: out.unicodeScalars.append(c)
        }
    }
    return out + "\""
}
