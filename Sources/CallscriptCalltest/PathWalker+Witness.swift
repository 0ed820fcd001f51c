import CallscriptMachine

/// The way a witness walk takes: the shortest way from the start that the witness's contact
/// values allow. The shortest way of all often passes an earlier branch on the same contact
/// field on the other outcome (`customer_since < "2020-01-01"` taken to reach the seed, whose
/// `else` needs a later date), and then no walk along it can start with those values.
extension PathWalker {
    /// The steps from the start to `s` on transitions that can come out with `contact` fixed
    /// (other fields any candidate or none); nil when those values do not reach `s`. One search
    /// per set of contact values, kept for the next witness with the same values.
    mutating func witnessRoute(
        to s: Int, contact: [(name: String, candidate: Int)]
    ) -> (handler: String?, steps: [PlannedPath.Step])? {
        var fixed: [Int: Int] = [:]
        for (name, candidate) in contact {
            if let f = number[name], isContact[f] { fixed[f] = candidate }
        }
        let key = fixed.sorted { $0.key < $1.key }.flatMap { [$0.key, $0.value] }
        if witnessSearches[key] == nil { witnessSearches[key] = witnessSearch(fixed) }
        guard let parent = witnessSearches[key], let start = index.startIndex,
            let steps = PlannedPath.Step.chain(to: s, from: start, parents: parent)
        else { return nil }
        work += steps.count
        return (nil, steps)
    }

    private mutating func witnessSearch(_ fixed: [Int: Int]) -> [PlannedPath.Step?] {
        let n = planner.roles.count
        var parent = [PlannedPath.Step?](repeating: nil, count: n)
        guard let start = index.startIndex else { return parent }
        let targets = index.targets
        var seen = [Bool](repeating: false, count: n)
        seen[start] = true
        var queue = [start]
        var head = 0
        while head < queue.count {
            let q = queue[head]
            head += 1
            let allowed = planner.roles[q] == .branch ? firing(q, fixed) : nil
            for (i, t) in targets[q].enumerated() where t >= 0 && !seen[t] && planner.toEnd[t] >= 0 {
                guard allowed?[i] ?? true else { continue }
                seen[t] = true
                parent[t] = PlannedPath.Step(position: q, transition: i)
                queue.append(t)
            }
        }
        work += n
        return parent
    }

    /// Which transitions of branch `q` some values make the first to fire, with the fields in
    /// `fixed` fixed; nil when it reads none of them or has too many combinations (all count).
    private mutating func firing(_ q: Int, _ fixed: [Int: Int]) -> [Bool]? {
        var read: [Int] = []
        for f in reads[q].joined() where !read.contains(f) { read.append(f) }
        guard read.contains(where: { fixed[$0] != nil }) else { return nil }
        let free = read.filter { fixed[$0] == nil }
        // The last choice of a free field is "no value" (a capture not asked yet).
        let sizes = free.map { values[$0].count + 1 }
        var total = 1
        for size in sizes {
            total *= size
            if total > Self.combinations { return nil }
        }
        let conditions = solver.conditions[q]
        let isElse = otherwise[q]
        let (fieldNumber, candidates) = (number, values)
        var out = [Bool](repeating: false, count: conditions.count)
        var combination = [Int](repeating: 0, count: free.count)
        while true {
            work += 1
            let lookup: (String) -> FieldValue? = { [combination] name in
                guard let f = fieldNumber[name] else { return nil }
                let c = fixed[f] ?? free.firstIndex(of: f).map { combination[$0] } ?? -1
                return candidates[f].indices.contains(c) ? candidates[f][c] : nil
            }
            if let i = conditions.indices.first(where: { isElse[$0] || conditions[$0]?.evaluate(lookup) == true }) {
                out[i] = true
            }
            if !Self.advance(&combination, sizes: sizes) { break }
        }
        return out
    }
}
