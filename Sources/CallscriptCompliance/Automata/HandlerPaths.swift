import CallscriptMachine

/// NL-OBJECTION, NL-VOICEMAIL, NL-MINOR: what every path through a handler must do, followed
/// from the handler's first statement (into the main flow if it jumps there).
/// States: 0 = a required role is still missing, 1 = all required roles seen.
struct HandlerPaths: PathProperty {
    let graph: MachineGraph
    let event: String
    let obligations: HandlerObligations
    /// `obligations.required` and `.forbidden` as bit masks: tested on every product node.
    let required: RoleSet
    let forbidden: RoleSet

    init(graph: MachineGraph, event: String, obligations: HandlerObligations) {
        self.graph = graph
        self.event = event
        self.obligations = obligations
        required = RoleSet(obligations.required)
        forbidden = RoleSet(obligations.forbidden)
    }

    static let spoken = 0
    static let forbidden = 1
    static let cannotEnd = 2
    static let endsWithoutRequired = 3

    var automatonStates: Int { 2 }
    var roots: PathRoots { .handlers(event) }
    var followsInterrupts: Bool { obligations.interruptible }

    func startHandler(event: String, _ a: Int) -> Reading { .go(obligations.required.isEmpty ? 1 : 0) }

    /// Another handler started inside this one keeps what is owed; the handler itself and the
    /// events that cannot happen here add no path.
    func interrupt(event: String, _ a: Int) -> Reading {
        if event == self.event || obligations.notInside.contains(where: { $0.rawValue == event }) { return .accept }
        return .go(a)
    }

    func read(_ q: Int, _ a: Int) -> Reading {
        let role = graph.roles[q]
        if obligations.silent, role.isSpoken { return .violation(Self.spoken) }
        if forbidden.contains(role) { return .violation(Self.forbidden) }
        if obligations.agentEnded, !graph.canEnd[q] { return .violation(Self.cannotEnd) }
        let next = required.contains(role) ? 1 : a
        if role.isTerminal { return next == 0 ? .violation(Self.endsWithoutRequired) : .accept }
        return .go(next)
    }

    func describe(violation: Int, path: [PathNode]) -> (message: String, help: String) {
        let q = path.last?.state ?? 0
        let name = graph.statementName(q)
        let required = obligations.required.map { "'\($0.keyword)'" }.sorted().joined(separator: " and ")
        switch violation {
        case Self.spoken:
            return (
                "'on \(event)' leaves a message: \(name) is spoken",
                "let 'on \(event)' hang up at once with 'hangup', without any spoken statement"
            )
        case Self.forbidden:
            return (
                "\(name) is reachable through 'on \(event)'",
                "remove \(name) from this path: a call in 'on \(event)' must not sell or ask for consent"
            )
        case Self.cannotEnd:
            return (
                "a path through 'on \(event)' can never be ended by the agent",
                "end every path through 'on \(event)' with 'end', 'hangup', 'callback at' or 'transfer optout'"
            )
        default:
            return (
                "a path through 'on \(event)' ends without \(required)",
                "add \(required) near the start of 'on \(event)', before anything that can end the call"
            )
        }
    }
}
