import CallscriptMachine
import CallscriptRuntime

/// The values a walk can still choose at a branch: which outcomes some candidates for the free
/// variables make the runtime take.
extension PathWalker {
    func field(of variable: WalkValues.Variable, _ values: WalkValues) -> Int {
        switch variable {
        case .contact(let f): f
        case .capture(let v): values.captures[v].field
        }
    }

    /// For each transition of branch `s`: candidates for the free variables its conditions read that make the runtime
    /// take it (the first such combination, defaults first), or nil.
    mutating func outcomes(_ s: Int, _ current: WalkValues) -> (free: [WalkValues.Variable], found: [[Int]?]) {
        var free: [WalkValues.Variable] = []
        var contacts: [WalkValues.Variable] = []
        var listed: [Int] = []
        for f in reads[s].joined() where !listed.contains(f) {
            listed.append(f)
            guard !values[f].isEmpty, let v = current.free(f, contact: isContact[f]) else { continue }
            if isContact[f] { contacts.append(v) } else { free.append(v) }
        }
        // Captures vary first and contact fields last, so contact fields keep their defaults when a capture can
        // decide the branch.
        free += contacts
        let sizes = free.map { values[field(of: $0, current)].count }
        let conditions = solver.conditions[s]
        var combination = Array(repeating: 0, count: free.count)
        var found = [[Int]?](repeating: nil, count: conditions.count)
        var left = conditions.count
        var tried = 0
        // Copies for the closure (a mutating method cannot lend it `self`).
        let (fieldNumber, contactField, candidates, isElse) = (number, isContact, values, otherwise[s])
        while left > 0 && tried < Self.combinations {
            tried += 1
            let lookup: (String) -> FieldValue? = { [combination] name in
                guard let f = fieldNumber[name],
                    let c = current.choice(f, contact: contactField[f], free: free, combination: combination),
                    candidates[f].indices.contains(c)
                else { return nil }
                return candidates[f][c]
            }
            let firing = conditions.indices.first { i in
                isElse[i] || conditions[i]?.evaluate(lookup) == true
            }
            if let k = firing, found[k] == nil {
                found[k] = combination
                left -= 1
            }
            if !Self.advance(&combination, sizes: sizes) { break }
        }
        work += tried
        return (free, found)
    }

    /// Moves `combination` to the next one, counting in mixed radix (`sizes[d]` values for digit
    /// `d`, the first digit fastest); false once every combination was visited.
    static func advance(_ combination: inout [Int], sizes: [Int]) -> Bool {
        var d = 0
        while d < combination.count {
            combination[d] += 1
            if combination[d] < sizes[d] { return true }
            combination[d] = 0
            d += 1
        }
        return false
    }
}
