import CallscriptMachine

/// NL-OPTOUT-AT-END: every agent-ended path that spoke passes a notice after its last owed-after
/// role. States: 0 = nothing spoken, 1 = a notice is owed, 2 = the notice was given since the
/// last pitch. Entering an exempt handler (minor, voicemail) ends the obligation for that path.
struct NoticeBeforeEnd: PathProperty {
    let graph: MachineGraph
    let notices: RoleSet
    let owedAfter: RoleSet
    let exemptEvents: Set<String>

    init(graph: MachineGraph, notices: Set<Role>, owedAfter: Set<Role>, exemptEvents: Set<CallEvent>) {
        self.graph = graph
        self.notices = RoleSet(notices)
        self.owedAfter = RoleSet(owedAfter)
        // The graph names handlers by their event text; compare in that form.
        self.exemptEvents = Set(exemptEvents.map(\.rawValue))
    }

    static let silent = 0
    static let owing = 1
    static let given = 2

    var automatonStates: Int { 3 }
    var roots: PathRoots { .startAndHandlers }
    var followsInterrupts: Bool { true }

    func read(_ q: Int, _ a: Int) -> Reading {
        let role = graph.roles[q]
        var next = a
        if owedAfter.contains(role) {
            next = Self.owing
        } else if notices.contains(role) {
            next = Self.given
        } else if role.isSpoken, a == Self.silent {
            next = Self.owing
        }
        if role.isTerminal { return next == Self.owing ? .violation(0) : .accept }
        return .go(next)
    }

    func startHandler(event: String, _ a: Int) -> Reading {
        exemptEvents.contains(event) ? .accept : .go(a)
    }

    func describe(violation: Int, path: [PathNode]) -> (message: String, help: String) {
        let pitched = path.contains { owedAfter.contains(graph.roles[$0.state]) }
        var noticeWords = notices.contains(.askOptout) ? "'ask optout \"...\" { yes ... no ... }'" : "'optout \"...\"'"
        if notices.contains(.transferOptout) { noticeWords += " or end with 'transfer optout \"...\"'" }
        return (
            pitched
                ? "call ends without the opt-out notice after the last pitch" : "call ends without the opt-out notice",
            "add \(noticeWords) on this path after the last pitch, before the call ends"
        )
    }
}
