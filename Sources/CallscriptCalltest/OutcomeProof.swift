import CallscriptMachine

/// Which outcomes of the script's branches can come out at all, found once for the whole
/// machine, so `callscript paths` does not search a way (walk, backtracking solver) to each
/// outcome that none can take.
///
/// A forward dataflow over the states: per state and field, the set of values the field can
/// hold there on some way from an entry, over the same values the walker and the solver choose
/// from (`PathDataSolver.candidateValues`, plus "not captured yet"). A contact field starts as
/// any candidate, a capture as not captured; a capture state makes its field any candidate; a
/// branch passes on each transition only the values for which that transition is the first to
/// fire (enumerating the combinations of the fields its conditions read); ways that join take
/// the union. Sets only grow and are finite, so the fixpoint is reached after a bounded number
/// of visits per state.
///
/// The sets over-approximate every conversation the walker or the solver can plan (per field,
/// never losing a value some way gives it), so an outcome that no combination of the sets at its
/// branch makes fire is one neither search could ever cover: a `TODO` at once, without a search.
struct OutcomeProof {
    /// Fields by number (the machine's first field of each name) and their candidates.
    let fieldNames: [String]
    let candidates: [[FieldValue]]
    /// Per state and field (`state * fieldCount + field`): bit 0 "not captured yet", bit k + 1
    /// candidate k. 0 everywhere for a state no way reaches.
    private(set) var masks: [UInt64]
    /// Per target (state's first target number + transition): whether it can come out.
    private var possible: [Bool]
    /// Per state: whether some way from an entry reaches it with values that allow it.
    private var reached: [Bool] = []
    private let base: [Int]
    /// Per target that can come out at a branch reading contact fields: contact values (field,
    /// candidate) of a combination that makes it fire.
    private var witnesses: [Int: [(field: Int, candidate: Int)]] = [:]
    /// Branch states whose outcomes were not decided (too many combinations or candidates):
    /// all their outcomes count as possible.
    private(set) var undecided = 0
    /// States visited by the fixpoint and combinations tried: the proof's work.
    private(set) var work = 0

    /// What a branch's split depends on. Its sets of the fields not read pass unchanged, so
    /// only the read fields' sets count.
    private struct SplitKey: Hashable {
        var conditions: [CompiledCondition?]
        var otherwise: [Bool]
        var reads: [Int]
        var sets: [UInt64]
    }

    /// Combinations of values tried at one branch; beyond it, every outcome counts as possible.
    static let combinations = 4_096

    var fieldCount: Int { fieldNames.count }

    init(graph: MachineGraph, solver: PathDataSolver) {
        let index = graph.index
        let machine = index.machine
        var names: [String] = []
        var number: [String: Int] = [:]
        var isContact: [Bool] = []
        for f in machine.fields where number[f.name] == nil {
            number[f.name] = names.count
            names.append(f.name)
            isContact.append(f.origin == .contact)
        }
        fieldNames = names
        let candidates = names.map { solver.candidateValues[$0] ?? [] }
        self.candidates = candidates
        let fieldCount = names.count
        let n = index.count
        // All candidates of a field (or "not captured" for a field without any, which then
        // always reads as no value); a field with more candidates than bits is not tracked.
        let tracked = candidates.map { $0.count <= 63 }
        let anyValue = candidates.map { list -> UInt64 in
            list.isEmpty ? 1 : list.count <= 63 ? ((UInt64(1) << UInt64(list.count)) - 1) << 1 : ~0
        }
        var base: [Int] = []
        var total = 0
        for q in 0..<n {
            base.append(total)
            total += index[q].transitions.count
        }
        self.base = base
        masks = Array(repeating: 0, count: n * fieldCount)
        possible = Array(repeating: true, count: total)

        let initial = (0..<fieldCount).map { isContact[$0] ? anyValue[$0] : 1 }
        var queued = Array(repeating: false, count: n)
        var reached = Array(repeating: false, count: n)
        var queue: [Int] = []
        func join(_ q: Int, _ env: [UInt64]) {
            var changed = !reached[q]
            reached[q] = true
            for f in 0..<fieldCount where env[f] & ~masks[q * fieldCount + f] != 0 {
                masks[q * fieldCount + f] |= env[f]
                changed = true
            }
            if changed && !queued[q] {
                queued[q] = true
                queue.append(q)
            }
        }
        if let start = index.startIndex { join(start, initial) }
        for handler in graph.handlers { join(handler.entry, initial) }
        let roles = graph.roles
        var reads: [[Int]] = Array(repeating: [], count: n)
        var captured: [Int?] = Array(repeating: nil, count: n)
        for q in 0..<n {
            let state = index[q]
            if roles[q] == .branch {
                var list: [Int] = []
                for f in state.transitions.compactMap(\.condition).flatMap(\.fields) {
                    if let k = number[f], !list.contains(k) { list.append(k) }
                }
                reads[q] = list
            } else if roles[q] == .capture, let name = state.field {
                captured[q] = number[name]
            }
        }
        // Per branch, the last split and the sets of its read fields it was made for: a branch
        // is visited again when any field's set grows, mostly fields it does not read.
        // Branches with the same conditions and the same sets share one split too (a long
        // script repeats its conditions: `if interest == low or ...` at every other step).
        var splits: [Int: (key: [UInt64], outs: [[UInt64]?], first: [[Int]?])] = [:]
        var shared: [SplitKey: (outs: [[UInt64]?], first: [[Int]?])] = [:]
        func split(_ q: Int, _ env: [UInt64]) -> (outs: [[UInt64]?], first: [[Int]?])? {
            let key = reads[q].map { env[$0] }
            if let last = splits[q], last.key == key { return (last.outs, last.first) }
            guard reads[q].allSatisfy({ tracked[$0] }) else { return nil }
            let sharedKey = SplitKey(
                conditions: solver.conditions[q], otherwise: index[q].transitions.map { $0.kind == .otherwise },
                reads: reads[q], sets: key)
            if let made = shared[sharedKey] {
                splits[q] = (key, made.outs, made.first)
                return made
            }
            guard
                let made = Self.split(
                    env, reads: reads[q], conditions: solver.conditions[q], otherwise: index[q].transitions,
                    names: names, candidates: candidates, work: &work)
            else { return nil }
            splits[q] = (key, made.outs, made.first)
            shared[sharedKey] = made
            return made
        }
        var head = 0
        while head < queue.count {
            let q = queue[head]
            head += 1
            queued[q] = false
            work += 1
            var env = Array(masks[(q * fieldCount)..<((q + 1) * fieldCount)])
            let row = index.targets[q]
            if let f = captured[q] { env[f] = anyValue[f] }
            guard roles[q] == .branch else {
                for t in row where t >= 0 { join(t, env) }
                continue
            }
            guard let outs = split(q, env) else {
                for t in row where t >= 0 { join(t, env) }
                continue
            }
            for (i, t) in row.enumerated() where t >= 0 {
                guard let made = outs.outs[i] else { continue }
                // The fields the branch reads as the split narrowed them, the others as they are.
                var out = env
                for f in reads[q] { out[f] = made[f] }
                join(t, out)
            }
        }
        // The outcomes each reached branch can give, from the final sets; a state no way
        // reaches (every way there passes an outcome that cannot come out) gives none.
        self.reached = reached
        for q in 0..<n where !reached[q] {
            for i in index[q].transitions.indices { possible[base[q] + i] = false }
        }
        for q in 0..<n where roles[q] == .branch && reached[q] {
            let env = Array(masks[(q * fieldCount)..<((q + 1) * fieldCount)])
            guard let outs = split(q, env) else {
                undecided += 1
                continue
            }
            for i in outs.outs.indices {
                possible[base[q] + i] = outs.outs[i] != nil
                // The contact values of the first combination that makes it fire.
                guard let bits = outs.first[i] else { continue }
                let contact = zip(reads[q], bits).filter { isContact[$0.0] && $0.1 > 0 }.map { ($0.0, $0.1 - 1) }
                if !contact.isEmpty { witnesses[base[q] + i] = contact }
            }
        }
    }

    /// Whether `target` can come out on some way from an entry (handlers always count as
    /// possible; so do outcomes of states no way reaches, which the planner lists apart).
    func canComeOut(_ target: PathTarget) -> Bool {
        guard case .choice(let s, let i) = target else { return true }
        return possible[base[s] + i]
    }

    /// Contact values, by field name and candidate number, with which `target` can come out:
    /// a walk that starts with them does not fix those fields to other values on the way.
    func contactWitness(_ target: PathTarget) -> [(name: String, candidate: Int)] {
        guard case .choice(let s, let i) = target, let list = witnesses[base[s] + i] else { return [] }
        return list.map { (fieldNames[$0.field], $0.candidate) }
    }

    /// Whether some way reaches state `s` with values that allow it.
    func isReached(_ s: Int) -> Bool { reached[s] }

    /// The values field `f` can hold at state `s`, as a bit set (bit 0: not captured yet).
    func values(_ f: Int, at s: Int) -> UInt64 { masks[s * fieldCount + f] }

    /// For each transition of a branch: the sets of values for which it is the first to fire
    /// (nil when no combination makes it fire); nil when there are too many combinations.
    private static func split(
        _ env: [UInt64], reads: [Int], conditions: [CompiledCondition?], otherwise: [Transition],
        names: [String], candidates: [[FieldValue]], work: inout Int
    ) -> (outs: [[UInt64]?], first: [[Int]?])? {
        // Each read field's possible values, as bit numbers.
        let options = reads.map { f in (0..<64).filter { env[f] & (UInt64(1) << UInt64($0)) != 0 } }
        var count = 1
        for o in options {
            count *= max(o.count, 1)
            if count > Self.combinations { return nil }
        }
        var outs = [[UInt64]?](repeating: nil, count: conditions.count)
        var first = [[Int]?](repeating: nil, count: conditions.count)
        if options.contains(where: \.isEmpty) { return (outs, first) }
        var slot = [Int: Int]()
        for (k, f) in reads.enumerated() { slot[f] = k }
        var nameSlot = [String: Int]()
        for (k, f) in reads.enumerated() { nameSlot[names[f]] = k }
        var combination = Array(repeating: 0, count: reads.count)
        while true {
            work += 1
            let lookup: (String) -> FieldValue? = { [combination] name in
                guard let k = nameSlot[name] else { return nil }
                let bit = options[k][combination[k]]
                return bit == 0 ? nil : candidates[reads[k]][bit - 1]
            }
            let firing = conditions.indices.first { i in
                otherwise[i].kind == .otherwise || conditions[i]?.evaluate(lookup) == true
            }
            if let i = firing {
                var out = outs[i] ?? env.map { _ in 0 }
                if outs[i] == nil {
                    first[i] = reads.indices.map { options[$0][combination[$0]] }
                    // Fields the branch does not read pass unchanged.
                    for f in env.indices where slot[f] == nil { out[f] = env[f] }
                }
                for (k, f) in reads.enumerated() { out[f] |= UInt64(1) << UInt64(options[k][combination[k]]) }
                outs[i] = out
            }
            var d = 0
            while d < combination.count {
                combination[d] += 1
                if combination[d] < options[d].count { break }
                combination[d] = 0
                d += 1
            }
            if d == combination.count { break }
        }
        return (outs, first)
    }
}
