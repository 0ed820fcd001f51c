import CallscriptMachine

/// A set of roles as a bit mask. Automata test a role on every product node the search
/// visits (millions for a large script); `Set<Role>` hashes the role's name each time.
struct RoleSet: Sendable, Hashable {
    private var bits: UInt32 = 0

    init(_ roles: Set<Role>) {
        for role in roles { bits |= Self.bit(role) }
    }

    func contains(_ role: Role) -> Bool { bits & Self.bit(role) != 0 }

    /// A switch, not a lookup: a new role fails to compile here until it gets a bit.
    private static func bit(_ role: Role) -> UInt32 {
        let index: UInt32
        switch role {
        case .say: index = 0
        case .identify: index = 1
        case .pitch: index = 2
        case .optout: index = 3
        case .disclose: index = 4
        case .capture: index = 5
        case .recordObjection: index = 6
        case .ask: index = 7
        case .askConvenient: index = 8
        case .askConsent: index = 9
        case .branch: index = 10
        case .end: index = 11
        case .hangup: index = 12
        case .callback: index = 13
        case .transferOptout: index = 14
        case .askOptout: index = 15
        case .askSale: index = 16
        }
        return 1 << index
    }
}
