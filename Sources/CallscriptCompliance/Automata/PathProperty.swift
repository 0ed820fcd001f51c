/// What a property automaton does after reading one state of a path.
enum Reading: Hashable, Sendable {
    /// Continue in this automaton state.
    case go(Int)
    /// The path can no longer break the rule: stop following it.
    case accept
    /// The path breaks the rule at the state just read; the payload says how (rule-specific).
    case violation(Int)
}

/// Where the paths a rule speaks about begin.
enum PathRoots: Hashable, Sendable {
    /// Only the main flow's `start`.
    case start
    /// `start` and the first statement of every handler.
    case startAndHandlers
    /// The first statement of every handler for this event.
    case handlers(String)
}

/// A rule as a small deterministic automaton that watches the states (and answers) along a
/// path. Automaton state 0 is the initial state. The product search runs it in lock-step with
/// the machine, so each (machine state, automaton state) pair is visited at most once.
protocol PathProperty {
    /// Number of automaton states (each is `0 ..< automatonStates`).
    var automatonStates: Int { get }
    var roots: PathRoots { get }
    /// Whether a handler may start after any non-terminal state of a path (the agent can start
    /// `on EVENT` at any moment), continuing the same path.
    var followsInterrupts: Bool { get }
    /// Reads machine state `q` in automaton state `a`.
    func read(_ q: Int, _ a: Int) -> Reading
    /// The automaton state after leaving `q` along edge `edge` (answers matter to some rules).
    func take(edge: Int, from q: Int, _ a: Int) -> Int
    /// The automaton state when the path enters the handler for `event` (at its start or mid-call).
    func startHandler(event: String, _ a: Int) -> Reading
    /// The automaton state when `event` interrupts a path mid-call (`startHandler` unless a
    /// rule treats interrupts differently from its roots).
    func interrupt(event: String, _ a: Int) -> Reading
    /// The message and help for a violation found at the end of `path`.
    func describe(violation: Int, path: [PathNode]) -> (message: String, help: String)
}

extension PathProperty {
    var followsInterrupts: Bool { false }
    func take(edge: Int, from q: Int, _ a: Int) -> Int { a }
    func startHandler(event: String, _ a: Int) -> Reading { .go(a) }
    func interrupt(event: String, _ a: Int) -> Reading { startHandler(event: event, a) }
}

/// One state on a found path and how the path left it.
struct PathNode: Hashable, Sendable {
    enum Exit: Hashable, Sendable {
        /// Along this edge of the machine graph.
        case edge(Int)
        /// A handler started here (the next node is its entry).
        case handler(String)
        /// The path ends here.
        case none
    }

    var state: Int
    var exit: Exit
}
