import CallscriptMachine

/// A deliberately simple second opinion for the verifier: it enumerates paths one by one (each
/// state at most `maxVisits` times, at most `maxLength` states, loops unrolled that often) and
/// checks each rule straight from its definition in rules.md on the concrete path. No automata,
/// no shared code with the verifier. Exponential, so only for small machines.
final class ReferenceChecker {
    enum Exit: Equatable {
        case transition(Int)
        case handler(String)
    }

    /// A concrete path: states by position in `machine.states`, and how each but the last was left.
    struct Path {
        var entry: String
        var states: [Int] = []
        var exits: [Exit] = []
    }

    let machine: Machine
    let maxLength: Int
    let maxVisits: Int
    /// Identify texts that name the seller (for us-tsr), decided by the test's generator.
    let namesSeller: Set<String>
    private let position: [String: Int]
    private var endable: [Bool] = []
    private var roles: [Role] = []
    private var topics: [String?] = []
    private var naming: [Bool] = []
    private var answerClasses: [[AnswerClass?]] = []
    private var choiceTable: [[[(Exit, Int)]]] = []

    init(_ machine: Machine, maxLength: Int, maxVisits: Int, namesSeller: Set<String>) {
        self.machine = machine
        self.maxLength = maxLength
        self.maxVisits = maxVisits
        self.namesSeller = namesSeller
        var position: [String: Int] = [:]
        for (i, s) in machine.states.enumerated() where position[s.id] == nil { position[s.id] = i }
        self.position = position
        roles = machine.states.map(\.role)
        topics = machine.states.map(\.topic)
        naming = machine.states.map { $0.role == .identify && namesSeller.contains($0.text ?? "") }
        answerClasses = machine.states.map { $0.transitions.map(\.answerClass) }
        endable = machine.states.indices.map(canEnd)
        choiceTable = [false, true].map { interrupts in machine.states.indices.map { choices($0, interrupts) } }
    }

    func index(_ id: String) -> Int? { position[id] }
    func role(_ i: Int) -> Role { roles.isEmpty ? machine.states[i].role : roles[i] }

    /// Where paths of a rule start, and whether handlers may start mid-path.
    func scope(_ rule: String) -> (roots: [(entry: String, state: Int)], interrupts: Bool) {
        let start = index(machine.start).map { [("start", $0)] } ?? []
        let handlers = machine.handlers.compactMap { h in index(h.entry).map { (h.event, $0) } }
        switch rule {
        case "NL-RESPECT-NOT-CONVENIENT", "NL-OPTOUT-AT-END": return (start + handlers, true)
        case "NL-OPTOUT-ANSWER": return (start + handlers, false)
        case "NL-OBJECTION": return (handlers.filter { $0.0 == "objection" }, true)
        case "NL-VOICEMAIL": return (handlers.filter { $0.0 == "voicemail" }, false)
        case "NL-MINOR": return (handlers.filter { $0.0 == "minor" }, true)
        case "NL-VULNERABLE": return (handlers.filter { $0.0 == "vulnerable" }, true)
        default: return (start, false)
        }
    }

    /// Handlers that may not start mid-path for a rule (inside its own handler).
    func excluded(_ rule: String) -> Set<String> {
        switch rule {
        case "NL-OBJECTION": ["objection", "voicemail", "minor", "vulnerable"]
        case "NL-MINOR": ["minor", "voicemail", "vulnerable"]
        case "NL-VULNERABLE": ["vulnerable", "voicemail", "minor"]
        default: []
        }
    }

    static let sale: Set<Role> = [.pitch, .askConsent, .askSale]

    /// Can the agent still end the call from state `q` (plain search over transitions)?
    func canEnd(_ q: Int) -> Bool {
        var seen: Set<Int> = [q]
        var todo = [q]
        while let s = todo.popLast() {
            if role(s).isTerminal { return true }
            for t in machine.states[s].transitions {
                if let n = index(t.target), !seen.contains(n) {
                    seen.insert(n)
                    todo.append(n)
                }
            }
        }
        return false
    }

    /// True when no longer path can break the rule any more (only to keep enumeration small).
    func settled(_ rule: String, _ path: Path) -> Bool {
        let roles = path.states.lazy.map(role)
        switch rule {
        case "NL-IDENTIFY-FIRST": return roles.contains { $0.isSpoken }
        case "NL-CONVENIENT": return roles.contains(.askConvenient)
        case "US-TSR-DISCLOSE-PURPOSE": return path.states.contains { role($0) == .disclose && topics[$0] == "purpose" }
        case "US-TSR-DISCLOSE-GOODS": return path.states.contains { role($0) == .disclose && topics[$0] == "goods" }
        case "US-TSR-DISCLOSE-SELLER":
            return path.states.contains { naming[$0] }
        case "NL-PURPOSE": return path.states.contains { role($0) == .disclose && topics[$0] == "purpose" }
        case "US-TSR-DISCLOSE-PRIZE": return path.states.contains { role($0) == .disclose && topics[$0] == "prize" }
        case "NL-OPTOUT-AT-END":
            return ["minor", "voicemail", "vulnerable"].contains(path.entry)
                || path.exits.contains {
                    if case .handler(let e) = $0 { ["minor", "voicemail", "vulnerable"].contains(e) } else { false }
                }
        default: return false
        }
    }

    /// Does the rule break at the last state of `path` (given that it did not break before)?
    func breaks(_ rule: String, _ path: Path) -> Bool {
        let i = path.states.count - 1
        let r = role(path.states[i])
        let before = path.states[..<i].lazy.map(role)
        switch rule {
        case "NL-IDENTIFY-FIRST":
            return r.isSpoken && r != .identify && !before.contains { $0.isSpoken }
        case "NL-CONVENIENT":
            if before.contains(.askConvenient) { return false }
            if r == .askConvenient { return !before.contains(.identify) }
            return [.pitch, .ask, .capture, .askConsent, .askSale].contains(r)
        case "NL-PURPOSE":
            return r == .askConvenient
                && !path.states[..<i].contains { role($0) == .disclose && topics[$0] == "purpose" }
        case "US-TSR-DISCLOSE-PRIZE":
            guard machine.states.contains(where: { $0.role == .disclose && $0.topic == "prize" }) else { return false }
            return r == .pitch && !path.states[..<i].contains { role($0) == .disclose && topics[$0] == "prize" }
        case "NL-OPTOUT-ANSWER":
            guard r.isTerminal else { return false }
            guard
                let j = (0..<i).first(where: { j in
                    guard role(path.states[j]) == .askOptout, case .transition(let t) = path.exits[j] else {
                        return false
                    }
                    return answerClasses[path.states[j]][t] == .no
                })
            else { return false }
            return !path.states[(j + 1)..<i].contains { role($0) == .recordObjection }
        case "NL-RESPECT-NOT-CONVENIENT":
            guard Self.sale.contains(r) else { return false }
            return (0..<i).contains { j in
                guard role(path.states[j]) == .askConvenient, case .transition(let t) = path.exits[j] else {
                    return false
                }
                let c = answerClasses[path.states[j]][t]
                return c == .no || c == .later
            }
        case "NL-OPTOUT-AT-END":
            let exempt: Set<String> = ["minor", "voicemail", "vulnerable"]
            if exempt.contains(path.entry) { return false }
            if path.exits.contains(where: { if case .handler(let e) = $0 { exempt.contains(e) } else { false } }) {
                return false
            }
            guard r == .end || r == .hangup || r == .callback else { return false }
            guard before.contains(where: \.isSpoken) else { return false }
            let lastPitch = path.states[..<i].lastIndex { role($0) == .pitch } ?? -1
            return !path.states[(lastPitch + 1)..<i].contains {
                role($0) == .optout || role($0) == .askOptout || role($0) == .recordObjection
            }
        case "NL-OBJECTION":
            if Self.sale.contains(r) || !endable[path.states[i]] { return true }
            return r.isTerminal && !before.contains(.recordObjection)
        case "NL-VOICEMAIL":
            return r.isSpoken
        case "NL-MINOR", "NL-VULNERABLE":
            return Self.sale.contains(r) || !endable[path.states[i]]
        case "US-TSR-DISCLOSE-SELLER":
            return r == .pitch
                && !path.states[..<i].contains { naming[$0] }
        case "US-TSR-DISCLOSE-PURPOSE", "US-TSR-DISCLOSE-GOODS":
            let topic = rule == "US-TSR-DISCLOSE-PURPOSE" ? "purpose" : "goods"
            return r == .pitch && !path.states[..<i].contains { role($0) == .disclose && topics[$0] == topic }
        default:
            return false
        }
    }

    /// For each state where some path first breaks the rule: the fewest states on such a path.
    func violations(_ rule: String) -> [String: Int] {
        let (roots, interrupts) = scope(rule)
        let excluded = excluded(rule)
        var best: [String: Int] = [:]
        var visits = [Int](repeating: 0, count: machine.states.count)
        for root in roots {
            var path = Path(entry: root.entry, states: [root.state])
            if breaks(rule, path) {
                best[machine.states[root.state].id] = 1
                continue
            }
            if settled(rule, path) { continue }
            visits[root.state] += 1
            var nextChoice = [0]
            while let q = path.states.last {
                let choices = choiceTable[interrupts ? 1 : 0][q].filter {
                    if case .handler(let e) = $0.0 { !excluded.contains(e) } else { true }
                }
                let c = nextChoice[nextChoice.count - 1]
                if c >= choices.count || path.states.count >= maxLength {
                    visits[q] -= 1
                    path.states.removeLast()
                    nextChoice.removeLast()
                    if !path.exits.isEmpty { path.exits.removeLast() }
                    continue
                }
                nextChoice[nextChoice.count - 1] += 1
                let (exit, target) = choices[c]
                if visits[target] >= maxVisits { continue }
                path.exits.append(exit)
                path.states.append(target)
                if breaks(rule, path) {
                    let id = machine.states[target].id
                    best[id] = min(best[id] ?? Int.max, path.states.count)
                    path.states.removeLast()
                    path.exits.removeLast()
                    continue
                }
                if settled(rule, path) {
                    path.states.removeLast()
                    path.exits.removeLast()
                    continue
                }
                visits[target] += 1
                nextChoice.append(0)
            }
        }
        return best
    }

    private func choices(_ q: Int, _ interrupts: Bool) -> [(Exit, Int)] {
        var result: [(Exit, Int)] = []
        for (t, transition) in machine.states[q].transitions.enumerated() {
            if let target = index(transition.target) { result.append((.transition(t), target)) }
        }
        if interrupts, !role(q).isTerminal {
            for h in machine.handlers { if let entry = index(h.entry) { result.append((.handler(h.event), entry)) } }
        }
        return result
    }
}
