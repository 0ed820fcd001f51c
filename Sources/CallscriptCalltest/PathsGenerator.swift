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
    /// Tests that continue another test's call from a checkpoint (`from "..."`).
    public var continuing: Int
    /// Of the `todo` targets, those `OutcomeProof` showed no way can take (so no search was
    /// made for them).
    public var impossible: Int = 0
}

/// Writes a `.calltest` file with one test per planned path: a starting point for designers
/// that covers every answer, both outcomes of every condition and every handler.
public enum PathsGenerator {
    /// How many steps the searches may take in all, per state of the machine and at least: what
    /// keeps `paths` linear on a script with many targets no search can take. Past them a target
    /// gets a `TODO` that says it was not searched.
    struct Allowances: Sendable {
        /// Steps that shortest paths and their searches for values may take (each costs as
        /// much as its target is deep).
        var search = (perState: 128, least: 100_000)
        /// Steps that walks from the start of the call may take (`PathWalker`).
        var start = (perState: 64, least: 100_000)

        static let standard = Allowances()
    }

    /// `script` is the script's path as the test file should name it (relative to the folder
    /// the test file goes to).
    public static func generate(machine: Machine, script: String) -> GeneratedPaths {
        generate(machine: machine, script: script, prove: true)
    }

    /// `prove: false` searches for every target as `paths` did before `OutcomeProof` (no
    /// outcome ruled out, no walk from the proof's contact values), so tests can check that
    /// the proof never loses a target the searches alone cover.
    /// `allowances` smaller than `.standard` let tests reach the targets past them.
    static func generate(
        machine: Machine, script: String, prove: Bool, allowances: Allowances = .standard
    ) -> GeneratedPaths {
        let planner = PathPlanner(machine: machine)
        let index = planner.index
        let solver = PathDataSolver(machine: machine, index: index)
        let (targets, unreachable) = planner.targets()
        // Outcomes no way can give are proved once, so no walk or solver searches for them.
        let proof = OutcomeProof(graph: planner.graph, solver: solver)
        var work = planner.work + proof.work

        // Walks first, from the shallowest target not covered yet: each goes on through the
        // targets no walk has taken, so a few long conversations cover a long script.
        var walker = PathWalker(planner: planner, solver: solver, proof: proof, startAllowance: allowances.start)
        let shallowFirst = targets.indices.sorted { a, b in
            let (da, db) = (planner.depth(targets[a]), planner.depth(targets[b]))
            return da != db ? da < db : a < b
        }
        var chosen: [(PlannedPath, PathDataSolver.Solution)] = []
        // A seed no walk could take yet waits at its state: a later walk that passes there may be one to continue
        // (a walk that took the other outcome of the branch before), so it is tried again then, by continuing only.
        var waiting: [Int: [Int]] = [:]
        var again: [Int] = []
        var failedOnce = Array(repeating: false, count: targets.count)
        func made(_ path: PlannedPath, _ solution: PathDataSolver.Solution) {
            walker.cover(path.covered)
            for s in walker.remember(path) {
                guard let list = waiting.removeValue(forKey: s) else { continue }
                again += list
            }
            chosen.append((path, solution))
        }
        func retryWaiting() {
            while let j = again.popLast() {
                guard !walker.isCovered(targets[j]) else { continue }
                if let (path, solution) = walker.retry(targets[j]) {
                    made(path, solution)
                } else if case .choice(let s, _) = targets[j] {
                    waiting[s, default: []].append(j)
                }
            }
        }
        for k in shallowFirst where !walker.isCovered(targets[k]) {
            if !prove || proof.canComeOut(targets[k]), let (path, solution) = walker.walk(targets[k]) {
                made(path, solution)
            } else {
                failedOnce[k] = true
                if prove, proof.canComeOut(targets[k]), case .choice(let s, _) = targets[k] {
                    waiting[s, default: []].append(k)
                }
            }
            retryWaiting()
        }
        let left = shallowFirst.filter { failedOnce[$0] && !walker.isCovered(targets[$0]) }

        // Targets no walk could take (values the walk fixed too early, a capture the shortest
        // way never asks): one shortest path each, deepest first, with the backtracking solver.
        let deepFirst = left.sorted { a, b in
            let (da, db) = (planner.depth(targets[a]), planner.depth(targets[b]))
            return da != db ? da > db : a < b
        }.map { targets[$0] }
        // Detours cost a few searches of the whole machine each; a fixed allowance keeps
        // scripts with many impossible conditions linear.
        var detourAllowance = 32
        var witnessAllowance = 32
        // A shortest path and its search cost as much as the target is deep; the steps they may
        // take in all grow with the machine, so a script with many targets no search finds
        // values for stays linear (the rest get a `TODO` that says they were not searched).
        var searchBudget = allowances.search.perState * index.count + allowances.search.least
        let todoWriter = PathTestWriter(
            machine: machine, index: index, solver: solver, roles: planner.roles, paths: [])
        var failed: [PathTodo] = []
        var impossible: [(target: PathTarget, event: String?)] = []
        // First a walk that starts with contact values the proof found for the
        // target: the shortest way's earlier branches can then no longer fix them otherwise, and
        // the walk goes on through the targets after it that need the same values (a whole run of
        // `else` of `customer_since < ...`). Kept like any walk, and the seeds waiting where it passes
        // are tried again by continuing it. Each is a conversation from the start of the call, so
        // a fixed allowance keeps what is written linear.
        for target in deepFirst where prove && witnessAllowance > 0 && searchBudget > 0 && !walker.isCovered(target) {
            guard proof.canComeOut(target) else { continue }
            let before = walker.work
            let walked = walker.walkWithWitness(target)
            searchBudget -= walker.work - before
            guard let (path, solution) = walked else { continue }
            witnessAllowance -= 1
            // Kept, so the seeds waiting where it passes can continue its call with its values.
            made(path, solution)
            retryWaiting()
        }
        for target in deepFirst where !walker.isCovered(target) {
            if prove && !proof.canComeOut(target) {
                impossible.append((target, planner.entryEvent(of: target)))
                continue
            }
            guard searchBudget > 0 else {
                let event: String? = if case .handler(let e) = target { e } else { planner.entryEvent(of: target) }
                failed.append(PathTodo(primary: target, handler: event, searched: false))
                continue
            }
            guard let path = planner.path(for: target) else { continue }
            work += path.steps.count
            searchBudget -= 2 * path.steps.count
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
            failed.append(todoWriter.todo(of: path))
        }
        failed.removeAll { walker.isCovered($0.primary) }
        work += walker.work
        // Later paths can pass every target of an earlier one: drop those, counting how many
        // kept paths pass each target so this stays linear. A walk that others continue stays.
        var passes: [PathTarget: Int] = [:]
        var continued = Array(repeating: false, count: chosen.count)
        for (path, _) in chosen {
            for t in Set(path.covered) { passes[t, default: 0] += 1 }
            if let origin = path.origin { continued[origin.walk] = true }
        }
        var keep = Array(repeating: true, count: chosen.count)
        for (k, (path, _)) in chosen.enumerated() where !continued[k] {
            let targets = Set(path.covered)
            if targets.allSatisfy({ passes[$0, default: 0] > 1 }) {
                for t in targets { passes[t, default: 0] -= 1 }
                keep[k] = false
            }
        }
        // A checkpoint where each kept continuing walk branches off, named after the state.
        var checkpoints = Array(repeating: [Int: String](), count: chosen.count)
        var from: [Int: String] = [:]
        var checkpointNames: Set<String> = []
        for (k, (path, _)) in chosen.enumerated() where keep[k] {
            guard let (w, step) = path.origin else { continue }
            if let name = checkpoints[w][step] {
                from[k] = name
                continue
            }
            let base = "at \(index[chosen[w].0.steps[step].position].id)"
            var name = base
            var n = 2
            while !checkpointNames.insert(name).inserted {
                name = "\(base) (\(n))"
                n += 1
            }
            checkpoints[w][step] = name
            from[k] = name
        }

        let writer = PathTestWriter(
            machine: machine, index: index, solver: solver, roles: planner.roles,
            paths: chosen.indices.filter { keep[$0] }.map { chosen[$0].0 })
        var out = writer.header(script: script, unreachable: unreachable)
        var names: Set<String> = []
        let order = { (p: PlannedPath) -> (Int, Int, Int) in
            switch p.primary {
            case .choice(let s, let i): (0, s, i)
            case .handler(let e): (1, machine.handlers.firstIndex { $0.event == e } ?? 0, 0)
            }
        }
        for k in chosen.indices.filter({ keep[$0] }).sorted(by: { order(chosen[$0].0) < order(chosen[$1].0) }) {
            let (path, solution) = chosen[k]
            out +=
                "\n"
                + writer.test(path, solution: solution, names: &names, checkpoints: checkpoints[k], from: from[k])
        }
        // The TODOs in target order, whether searched for or proved impossible.
        let todos =
            failed.map {
                (
                    order(PlannedPath(handler: nil, steps: [], primary: $0.primary, covered: [])), $0 as PathTodo?,
                    $0.primary, $0.handler
                )
            }
            + impossible.map {
                (order(PlannedPath(handler: nil, steps: [], primary: $0.target, covered: [])), nil, $0.target, $0.event)
            }
        for (_, todo, target, event) in todos.sorted(by: { $0.0 < $1.0 }) {
            if let todo {
                out += "\n" + writer.todo(todo, names: &names)
            } else {
                out += "\n" + writer.impossibleTodo(target, event: event, proof: proof, names: &names)
            }
        }
        let written = chosen.indices.filter { keep[$0] }
        return GeneratedPaths(
            text: out, tests: written.count, todo: failed.count + impossible.count, unreachable: unreachable.count,
            work: work,
            steps: written.reduce(0) { $0 + chosen[$1].0.steps.count }, continuing: from.count,
            impossible: impossible.count)
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
