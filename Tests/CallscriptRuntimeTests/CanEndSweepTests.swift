import Testing

@testable import CallscriptMachine

/// The graph's sweeps for the states that can end the call give what the search over reversed
/// edges gives, on random graphs with forward edges, loops back and states that cannot end;
/// and where three sweeps are not enough they give up, so the search decides.
@Suite struct CanEndSweepTests {
    /// A random graph: `n` states, each with up to three edges, mostly forward.
    static func graph(_ n: Int, backward: Double, terminal: Double, seed: inout UInt64) -> ([Role], [Int32], [Int32]) {
        func next() -> UInt64 {
            seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return seed >> 33
        }
        var roles: [Role] = []
        var start: [Int32] = [0]
        var target: [Int32] = []
        for q in 0..<n {
            let isEnd = Double(next() % 1000) / 1000 < terminal
            roles.append(isEnd ? .end : .say)
            if !isEnd {
                for _ in 0..<(1 + Int(next() % 3)) {
                    let back = Double(next() % 1000) / 1000 < backward
                    let t = back ? Int(next() % UInt64(q + 1)) : min(n - 1, q + 1 + Int(next() % 4))
                    target.append(Int32(t))
                }
            }
            start.append(Int32(target.count))
        }
        return (roles, start, target)
    }

    static func bySearch(_ roles: [Role], _ start: [Int32], _ target: [Int32]) -> [Bool] {
        var sources: [Int32] = []
        for q in 0..<roles.count {
            for _ in start[q]..<start[q + 1] { sources.append(Int32(q)) }
        }
        let (incomingStart, incoming) = MachineGraph.reversed(n: roles.count, edgeTarget: target)
        return MachineGraph.statesThatCanEnd(
            roles: roles, incomingStart: incomingStart, incoming: incoming, edgeSource: sources)
    }

    @Test func sweepsAgreeWithTheSearch() {
        var seed: UInt64 = 7
        var swept = 0
        for round in 0..<400 {
            let (roles, start, target) = Self.graph(
                1 + round % 60, backward: Double(round % 5) / 10, terminal: Double(round % 7) / 20, seed: &seed)
            let search = Self.bySearch(roles, start, target)
            guard let sweeps = MachineGraph.statesThatCanEndBySweeps(roles: roles, edgeStart: start, edgeTarget: target)
            else { continue }
            swept += 1
            #expect(sweeps == search, "round \(round)")
        }
        #expect(swept > 300)
    }

    /// A chain whose only way out is its first state's `end`, each state leading back to the one
    /// before: every sweep finds one more, so after three the sweeps give up.
    @Test func aLongWayBackIsLeftToTheSearch() {
        let n = 10
        let roles: [Role] = [.end] + Array(repeating: .say, count: n - 1)
        let start: [Int32] = [0, 0] + (1..<n).map { Int32($0) }
        let target: [Int32] = (1..<n).map { Int32($0 - 1) }
        #expect(MachineGraph.statesThatCanEndBySweeps(roles: roles, edgeStart: start, edgeTarget: target) == nil)
        #expect(Self.bySearch(roles, start, target) == Array(repeating: true, count: n))
    }
}
