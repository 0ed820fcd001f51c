import CallscriptMachine
import CallscriptRuntime

/// Plans conversations that each cover many targets, so that planning every answer and outcome of a long script costs
/// about as much as writing the tests. A walk goes the shortest way from the nearest entry to a seed target and takes
/// it, then goes on through answers and outcomes no conversation has taken yet (looking a few states ahead for them),
/// and home by the shortest way the values allow.
///
/// Values are chosen as the walk goes (`WalkValues`): at a branch, only outcomes that some value of the fields read
/// there makes the runtime take are open, and taking one fixes those values. So every walk is a conversation the
/// runtime follows as planned, and the work of a walk is its length times small bounds (the look-ahead, the value
/// combinations of one branch).
struct PathWalker {
    let planner: PathPlanner
    let solver: PathDataSolver
    /// Which outcomes can come out, and contact values with which they do.
    let proof: OutcomeProof
    var index: MachineIndex { planner.index }
    /// The machine's fields by number, whether each comes with the contact, and its candidates.
    let fields: [Field]
    let isContact: [Bool]
    let number: [String: Int]
    let values: [[FieldValue]]
    /// Per branch state: the fields each transition's condition reads, and which is `else`.
    let reads: [[[Int]]]
    let otherwise: [[Bool]]
    /// First target number of each state's transitions; a target is one transition.
    private let base: [Int]
    private let events: [String: Int]
    /// Transitions and handlers some planned conversation takes.
    private var covered: [Bool]
    private var handlerCovered: [Bool]
    /// Stamps for the current walk: transitions it took, outcomes that cannot come out on it.
    private var taken: [Int]
    private var blocked: [Int]
    var walkNumber = 0
    /// Look-ahead scratch: stamps per state, and the queue.
    private var seen: [Int]
    private var lookNumber = 0
    private var queue: [(state: Int, hops: Int)] = []
    /// The walks kept so far: to follow to a state, or to continue from a checkpoint.
    private(set) var kept: KeptWalks
    /// The values of the last walk made, kept by `remember`.
    private var pending: (values: WalkValues, startLive: [Int])?
    /// Per set of contact values (field, candidate, ...): the parent step of each state in a breadth-first search from
    /// the start over the transitions those values allow (see PathWalker+Witness.swift).
    var witnessSearches: [[Int]: [PlannedPath.Step?]] = [:]
    /// Steps walked, states looked at ahead and value combinations tried (also counted by the
    /// value combinations in PathWalker+Outcomes.swift).
    var work = 0
    /// How far ahead a walk looks for a target not taken yet.
    static let lookahead = (hops: 6, states: 48)
    /// How far back from a branch a continuing walk may branch off, at a capture the branch reads.
    static let branchBack = 64
    /// Value combinations tried at one branch.
    static let combinations = 4_096
    /// What is left of the steps that walks from the start of the call (along the shortest way, or the way an
    /// earlier walk went) may take in all (`PathsGenerator.Allowances.start`). Each is as long as the seed is deep
    /// and, on a long campaign, almost all fail (an earlier branch on the way fixed a contact field the other way),
    /// so without a bound they cost the square of the script; past it a seed is only tried by continuing a kept walk.
    private(set) var startBudget: Int

    /// One planned conversation as it grows.
    struct Trail {
        var handler: String?
        var steps: [PlannedPath.Step] = []
        var covered: [PathTarget] = []
        var values: WalkValues
        /// For a continuing walk: the walk and step it branches off, and what was captured before.
        var origin: (walk: Int, step: Int)?
        var inherited: [String: String] = [:]
        var startLive: [Int]?
    }

    /// Where the next transition must lead.
    enum Mode {
        /// The transition with this number (the seed).
        case forced(Int)
        /// Any transition into this state (the shortest way to the seed).
        case toward(Int)
        /// A target not taken yet, else toward one, else home.
        case explore
        /// Home: the shortest way to an ending.
        case home
    }

    init(
        planner: PathPlanner, solver: PathDataSolver, proof: OutcomeProof,
        startAllowance: (perState: Int, least: Int) = PathsGenerator.Allowances.standard.start
    ) {
        self.planner = planner
        self.solver = solver
        self.proof = proof
        let machine = planner.index.machine
        fields = machine.fields
        isContact = fields.map { $0.origin == .contact }
        var number: [String: Int] = [:]
        for (i, f) in fields.enumerated() where number[f.name] == nil { number[f.name] = i }
        self.number = number
        values = fields.map { solver.candidateValues[$0.name] ?? [] }
        var reads: [[[Int]]] = []
        var otherwise: [[Bool]] = []
        var base: [Int] = []
        var total = 0
        for state in machine.states {
            base.append(total)
            total += state.transitions.count
            guard state.role == .branch else {
                reads.append([])
                otherwise.append([])
                continue
            }
            reads.append(state.transitions.map { t in (t.condition?.fields ?? []).compactMap { number[$0] } })
            otherwise.append(state.transitions.map { $0.kind == .otherwise })
        }
        self.reads = reads
        self.otherwise = otherwise
        self.base = base
        var events: [String: Int] = [:]
        for (i, h) in machine.handlers.enumerated() where events[h.event] == nil { events[h.event] = i }
        self.events = events
        covered = Array(repeating: false, count: total)
        taken = Array(repeating: 0, count: total)
        blocked = Array(repeating: 0, count: total)
        handlerCovered = Array(repeating: false, count: machine.handlers.count)
        seen = Array(repeating: 0, count: machine.states.count)
        kept = KeptWalks(states: machine.states.count)
        startBudget = startAllowance.perState * machine.states.count + startAllowance.least
    }

    func isCovered(_ target: PathTarget) -> Bool {
        switch target {
        case .choice(let s, let i): return covered[base[s] + i]
        case .handler(let event): return events[event].map { handlerCovered[$0] } ?? false
        }
    }

    /// Marks the targets of a planned conversation as covered.
    mutating func cover(_ targets: [PathTarget]) {
        for target in targets {
            switch target {
            case .choice(let s, let i): covered[base[s] + i] = true
            case .handler(let event): if let h = events[event] { handlerCovered[h] = true }
            }
        }
    }

    /// A conversation that passes `seed` and, on the way, as many targets not covered yet as the walk meets; nil when
    /// the values cannot take it there (the caller then tries the backtracking solver). Does not mark anything
    /// covered.
    mutating func walk(_ seed: PathTarget) -> (PlannedPath, PathDataSolver.Solution)? {
        walk(seed, witness: false, retry: false)
    }

    /// Tries `seed` again, which `walk` could not take, now that more walks are kept: only by continuing one of them
    /// (a walk from the start was tried then and would find the same).
    mutating func retry(_ seed: PathTarget) -> (PlannedPath, PathDataSolver.Solution)? {
        walk(seed, witness: false, retry: true)
    }

    /// A walk to `seed` along the shortest way that starts with contact values `OutcomeProof` found to make the seed
    /// come out, so the branches on the way (`customer_since < ...` before both outcomes of an earlier branch) cannot
    /// fix those fields otherwise first; nil without such values or when the way still does not allow it. The caller
    /// may `remember` it like any walk.
    mutating func walkWithWitness(_ seed: PathTarget) -> (PlannedPath, PathDataSolver.Solution)? {
        walk(seed, witness: true, retry: false)
    }

    private mutating func walk(_ seed: PathTarget, witness: Bool, retry: Bool) -> (
        PlannedPath, PathDataSolver.Solution
    )? {
        var trail: Trail
        var at: Int
        switch seed {
        case .choice(let s, let i) where witness:
            let contact = proof.contactWitness(seed)
            guard !contact.isEmpty,
                let started = start(s, i, planner.route(to: s), replay: false, contact: contact)
                    ?? start(s, i, witnessRoute(to: s, contact: contact), replay: false, contact: contact)
            else { return nil }
            (trail, at) = started
        case .handler where witness || retry: return nil
        case .handler(let event):
            guard let entry = planner.entry(of: event) else { return nil }
            walkNumber += 1
            trail = Trail(handler: event, values: WalkValues(fields: fields.count))
            at = entry
        case .choice(let s, let i):
            // The call of an earlier walk that passed here, continued from a checkpoint (then the prefix is written
            // and run once); else the shortest way there; else an earlier walk continued from a capture in a walk it
            // continues; else the way an earlier walk went, whose values the conditions on the way allowed. A retry
            // and a walker whose allowance for walks from the start is spent only continue kept walks.
            let fromStart = !retry && startBudget > 0
            var started: (Trail, Int)?
            for pass in kept.passes[s] where started == nil {
                started = branch(s, i, from: pass, throughEarlier: false)
            }
            if started == nil, fromStart { started = start(s, i, planner.route(to: s), replay: false) }
            for pass in kept.passes[s] where started == nil { started = branch(s, i, from: pass, throughEarlier: true) }
            if started == nil, fromStart { started = start(s, i, kept.route(to: s), replay: true) }
            guard let started else { return nil }
            (trail, at) = started
        }
        // Exploring stops after a few passes over the machine (a loop the values keep taking); then the walk heads
        // home, and gives up if even that does not end.
        let n = index.count
        let explore = trail.steps.count + 2 * n + 64
        let limit = explore + n + 64
        while at >= 0, planner.toEnd[at] > 0 {
            guard trail.steps.count < limit,
                let t = decide(at, trail.steps.count < explore ? .explore : .home, &trail)
            else { return nil }
            at = index.targets[at][t]
        }
        guard at >= 0, planner.toEnd[at] == 0 else { return nil }
        trail.steps.append(PlannedPath.Step(position: at, transition: nil))
        work += 1
        pending = (trail.values, trail.startLive ?? Array(repeating: -1, count: fields.count))
        return (path(trail, seed), solution(trail))
    }

    /// A fresh trail along `route` to `s`, then through transition `i`; nil when the values cannot take it there. A
    /// replayed route takes the same transitions as before.
    private mutating func start(
        _ s: Int, _ i: Int, _ route: (handler: String?, steps: [PlannedPath.Step])?, replay: Bool,
        contact: [(name: String, candidate: Int)] = []
    )
        -> (Trail, Int)?
    {
        guard let route else { return nil }
        startBudget -= route.steps.count + 1
        walkNumber += 1
        var trail = Trail(handler: route.handler, values: WalkValues(fields: fields.count))
        for (name, candidate) in contact {
            if let f = number[name], isContact[f] { trail.values.contact[f] = candidate }
        }
        for (k, step) in route.steps.enumerated() {
            let next = k + 1 < route.steps.count ? route.steps[k + 1].position : s
            let mode = replay ? Mode.forced(step.transition ?? -1) : .toward(next)
            guard decide(step.position, mode, &trail) != nil else { return nil }
        }
        guard let t = decide(s, .forced(i), &trail) else { return nil }
        return (trail, index.targets[s][t])
    }

    /// Remembers the walk just made, kept, so later walks can follow it to the states it passed or continue it; the
    /// states where it is among the walks to branch off (`KeptWalks.passes`) for the first time.
    @discardableResult
    mutating func remember(_ path: PlannedPath) -> [Int] {
        let (values, live) = pending ?? (WalkValues(fields: fields.count), Array(repeating: -1, count: fields.count))
        pending = nil
        return kept.keep(path, values: values, startLive: live)
    }

    private func path(_ trail: Trail, _ seed: PathTarget) -> PlannedPath {
        let covered = (trail.handler.map { [PathTarget.handler($0)] } ?? []) + trail.covered
        return PlannedPath(
            handler: trail.handler, steps: trail.steps, primary: seed, covered: covered, origin: trail.origin,
            inherited: trail.inherited)
    }

    private func solution(_ trail: Trail) -> PathDataSolver.Solution {
        var solution = PathDataSolver.Solution(contact: [:], captures: [:])
        for (f, choice) in trail.values.contact.enumerated() where choice >= 0 {
            solution.contact[fields[f].name] = values[f][choice].text
        }
        for capture in trail.values.captures where capture.choice >= 0 && capture.step >= 0 {
            solution.captures[capture.step] = values[capture.field][capture.choice].text
        }
        return solution
    }

    private func open(_ s: Int, _ i: Int) -> Bool { !covered[base[s] + i] && taken[base[s] + i] != walkNumber }

    /// Chooses the transition out of `s` for `mode`, fixes the values it needs and appends the step; nil when no
    /// transition allowed by the values and the mode leads on to an ending.
    mutating func decide(_ s: Int, _ mode: Mode, _ trail: inout Trail) -> Int? {
        let row = index.targets[s]
        let role = planner.roles[s]
        let isChoice = role.isQuestion || role == .branch
        let outcomes = role == .branch ? self.outcomes(s, trail.values) : nil
        func possible(_ i: Int) -> Bool {
            guard row[i] >= 0, planner.toEnd[row[i]] >= 0 else { return false }
            return outcomes.map { $0.found[i] != nil } ?? true
        }
        var chosen: Int?
        switch mode {
        case .forced(let i):
            chosen = i < row.count && possible(i) ? i : nil
        case .toward(let next):
            for i in row.indices where row[i] == next && possible(i) {
                if chosen == nil || (isChoice && open(s, i) && !open(s, chosen ?? i)) { chosen = i }
            }
        case .explore, .home:
            let exploring = if case .explore = mode { true } else { false }
            if isChoice {
                // The open target with the longest way home, so the walk goes on before it ends.
                for i in row.indices where open(s, i) {
                    guard possible(i) else {
                        blocked[base[s] + i] = walkNumber
                        continue
                    }
                    if chosen.map({ planner.toEnd[row[i]] > planner.toEnd[row[$0]] }) ?? true { chosen = i }
                }
            }
            if chosen == nil, exploring, isChoice, row.indices.filter(possible).count > 1 {
                var best = Int.max
                for i in row.indices where possible(i) {
                    if let d = distanceToOpen(from: row[i]), d < best { (chosen, best) = (i, d) }
                }
            }
            if chosen == nil {
                for i in row.indices where possible(i) {
                    if chosen.map({ planner.toEnd[row[i]] < planner.toEnd[row[$0]] }) ?? true { chosen = i }
                }
            }
        }
        guard let t = chosen else { return nil }
        if let outcomes, let combination = outcomes.found[t] {
            let read = Set(reads[s][0...t].joined())
            for (slot, variable) in outcomes.free.enumerated() where read.contains(field(of: variable, trail.values)) {
                trail.values.fix(variable, combination[slot])
            }
        }
        if role == .capture, let name = index.machine.states[s].field, let f = number[name] {
            trail.values.ask(f, at: trail.steps.count)
        }
        if isChoice, taken[base[s] + t] != walkNumber {
            taken[base[s] + t] = walkNumber
            trail.covered.append(.choice(position: s, transition: t))
        }
        trail.steps.append(PlannedPath.Step(position: s, transition: t))
        work += 1
        return t
    }

    /// Hops from `start` to the nearest state with an open target that can still come out on this walk, within the
    /// look-ahead bound; nil when there is none that near.
    private mutating func distanceToOpen(from start: Int) -> Int? {
        lookNumber += 1
        queue.removeAll(keepingCapacity: true)
        queue.append((start, 0))
        seen[start] = lookNumber
        var head = 0
        while head < queue.count, queue.count <= Self.lookahead.states {
            let (q, hops) = queue[head]
            head += 1
            work += 1
            let row = index.targets[q]
            let role = planner.roles[q]
            if role.isQuestion || role == .branch {
                for i in row.indices where row[i] >= 0 && planner.toEnd[row[i]] >= 0 && open(q, i) {
                    if blocked[base[q] + i] != walkNumber { return hops + 1 }
                }
            }
            guard hops < Self.lookahead.hops else { continue }
            for next in row where next >= 0 && seen[next] != lookNumber && planner.toEnd[next] >= 0 {
                seen[next] = lookNumber
                queue.append((next, hops + 1))
            }
        }
        return nil
    }
}
