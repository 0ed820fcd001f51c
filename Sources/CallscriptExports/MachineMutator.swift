import CallscriptMachine

/// Small seeded changes to a compiled machine, for agreement campaigns between the verifier and
/// SPIN: generated scripts are compliant (or break one of two rules), so a campaign that only
/// compiled them would rarely see most rules broken. A mutation changes a statement's role
/// among the line roles, points a transition or a handler elsewhere, or drops a handler; both
/// checkers then judge the same changed machine. Deterministic for a seed.
public struct MachineMutator: Sendable {
    public var seed: UInt64

    public init(seed: UInt64) { self.seed = seed }

    /// The roles a line can be changed into: every role with one `next` transition.
    static let lineRoles: [Role] = [.say, .identify, .pitch, .optout, .disclose, .recordObjection]

    /// The topics a new `disclose` gets: those the shipped policies' disclosure rules ask for.
    static let topics = ["purpose", "goods", "price", "term", "withdrawal", "confirmation", "recording", "prize"]

    /// `machine` with `count` mutations.
    public func mutate(_ machine: Machine, count: Int) -> Machine {
        var m = machine
        var state = seed &+ 0x9E37_79B9_7F4A_7C15
        func next(_ bound: Int) -> Int {
            // SplitMix64: enough for picking states, and no dependency on the generator.
            state = state &+ 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            z ^= z >> 31
            return bound <= 0 ? 0 : Int(z % UInt64(bound))
        }
        guard !m.states.isEmpty else { return m }
        for _ in 0..<count {
            let q = next(m.states.count)
            let role = m.states[q].role
            let choice = next(10)
            if choice == 0, !m.handlers.isEmpty {
                m.handlers.remove(at: next(m.handlers.count))
            } else if choice == 1, !m.handlers.isEmpty {
                m.handlers[next(m.handlers.count)].entry = m.states[q].id
            } else if choice < 6, Self.lineRoles.contains(role) {
                let new = Self.lineRoles[next(Self.lineRoles.count)]
                m.states[q].role = new
                if new == .disclose { m.states[q].topic = Self.topics[next(Self.topics.count)] }
            } else if !m.states[q].transitions.isEmpty {
                let t = next(m.states[q].transitions.count)
                m.states[q].transitions[t].target = m.states[next(m.states.count)].id
            }
        }
        return m
    }
}
