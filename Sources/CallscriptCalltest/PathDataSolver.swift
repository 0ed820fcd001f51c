import CallscriptMachine
import CallscriptRuntime
import Foundation

/// Chooses contact values and captured values that make a planned path's conditions come
/// out as the path needs (`if` true, or every earlier `if` false for `else`).
///
/// Each contact field is one variable; each capture on the path is a new variable (a field
/// captured twice in a loop may get two values). Candidates come from the literals the
/// script compares the field with (the literal and its neighbours), so simple conditions
/// are solved exactly; the search is a bounded backtracking without recursion and gives up
/// (the path gets a `TODO choose data`) when the budget runs out.
struct PathDataSolver {
    let index: MachineIndex
    let fields: [String: Field]
    /// Candidate canonical values per field, the default first.
    let candidates: [String: [String]]
    /// The same candidates as values, so deciding a condition never parses text.
    let candidateValues: [String: [FieldValue]]
    /// Each branch state's conditions with their literals read once (empty for other states).
    let conditions: [[CompiledCondition?]]

    /// A solution: contact values, and the value entered at each capture step of the path.
    struct Solution: Sendable {
        var contact: [String: String]
        /// By step number in the path.
        var captures: [Int: String]
    }

    init(machine: Machine, index: MachineIndex) {
        self.index = index
        var fields: [String: Field] = [:]
        for f in machine.fields { fields[f.name] = f }
        self.fields = fields
        var literals: [String: [Literal]] = [:]
        var work: [Condition] = machine.states.flatMap { $0.transitions.compactMap(\.condition) }
        while let c = work.popLast() {
            switch c {
            case .compare(let f, _, let v): literals[f, default: []].append(v)
            case .isSet: continue
            case .and(let l, let r), .or(let l, let r): work += [l, r]
            case .not(let inner): work.append(inner)
            }
        }
        var candidates: [String: [String]] = [:]
        for field in machine.fields {
            var list =
                [Self.defaultValue(field)]
                + (literals[field.name] ?? []).flatMap { Self.neighbours($0.value, field.type) }
            if let choices = field.type.choices { list += choices }
            if field.type.kind == .yesno { list += ["yes", "no"] }
            var seen: Set<String> = []
            candidates[field.name] = list.compactMap { raw in
                guard case .success(let v) = FieldParser.parse(raw, as: field.type), seen.insert(v.text).inserted else {
                    return nil
                }
                return v.text
            }
        }
        self.candidates = candidates
        var values: [String: [FieldValue]] = [:]
        for (name, list) in candidates {
            guard let kind = fields[name]?.type.kind else { continue }
            values[name] = list.map { FieldValue(kind: kind, text: $0) }
        }
        candidateValues = values
        conditions = machine.states.map { state in
            guard state.role == .branch else { return [] }
            return state.transitions.map { t in t.condition.map { ConditionEvaluator.compile($0, fields: fields) } }
        }
    }

    /// A value a designer recognises as an example of its type.
    static func defaultValue(_ field: Field) -> String {
        switch field.type.kind {
        case .text: return field.origin == .contact ? "Jan" : "tekst"
        case .number: return "1"
        case .yesno: return "no"
        case .date: return "2026-01-15"
        case .datetime: return "2026-12-01T10:00"
        case .email: return "jan@voorbeeld.nl"
        case .phone: return "+31 6 1234 5678"
        case .choice: return field.type.choices?.first ?? "a"
        }
    }

    /// The literal and values just below and above it.
    static func neighbours(_ literal: String, _ type: FieldType) -> [String] {
        switch type.kind {
        case .number:
            guard let d = Decimal(string: literal, locale: Locale(identifier: "en_US_POSIX")) else { return [literal] }
            return [d - 1, d, d + 1].map { "\($0)" }
        case .date:
            guard let date = CalendarDate(literal) else { return [literal] }
            return [date.adding(days: -1), date, date.adding(days: 1)].map(\.description)
        case .datetime:
            guard let t = LocalDateTime(literal) else { return [literal] }
            return [t.date.adding(days: -1), t.date, t.date.adding(days: 1)].map {
                LocalDateTime(date: $0, hour: t.hour, minute: t.minute).description
            }
        case .text, .email, .phone: return [literal, literal + "x"]
        case .yesno, .choice: return [literal]
        }
    }

    /// Values for the path, or nil when none were found within the budget. `work` grows by the
    /// steps read and the values tried.
    func solve(_ path: PlannedPath, roles: [Role], budget: Int = 5_000, work: inout Int) -> Solution? {
        work += path.steps.count
        // Variables: contact fields (by name), then each capture step of the path.
        var variables: [(field: String, step: Int?)] = []
        var contactVariable: [String: Int] = [:]
        for field in fields.values.sorted(by: { $0.name < $1.name }) where field.origin == .contact {
            contactVariable[field.name] = variables.count
            variables.append((field.name, nil))
        }
        // Each branch step becomes constraints over the variables live there.
        struct Constraint {
            var condition: CompiledCondition
            var wanted: Bool
            /// Field name -> variable (nil: the capture has no value yet).
            var bindings: [String: Int?]
            var lastVariable: Int
        }
        var constraints: [Constraint] = []
        var live: [String: Int] = contactVariable
        for (n, step) in path.steps.enumerated() {
            let role = roles[step.position]
            if role == .capture, let name = index.machine.states[step.position].field {
                live[name] = variables.count
                variables.append((name, n))
            }
            guard role == .branch, let chosen = step.transition else { continue }
            let state = index.machine.states[step.position]
            for (i, t) in state.transitions.enumerated() where i <= chosen {
                guard let source = t.condition, let condition = conditions[step.position][i] else { continue }
                var bindings: [String: Int?] = [:]
                for f in source.fields { bindings[f] = .some(live[f]) }
                let last = bindings.values.compactMap { $0 }.max() ?? -1
                constraints.append(
                    Constraint(condition: condition, wanted: i == chosen, bindings: bindings, lastVariable: last))
            }
        }
        let byVariable = Dictionary(grouping: constraints.indices, by: { constraints[$0].lastVariable })
        func holds(_ c: Constraint, _ choice: [Int]) -> Bool {
            c.condition.evaluate { name in
                guard let variable = c.bindings[name] ?? nil, let list = candidateValues[name],
                    list.indices.contains(choice[variable])
                else { return nil }
                return list[choice[variable]]
            } == c.wanted
        }
        for c in byVariable[-1] ?? [] where !holds(constraints[c], []) { return nil }
        // Iterative search over the variables some condition reads (the others keep their
        // default): choice[v] is the candidate index of variable v. On a dead end it jumps
        // back to the latest earlier variable that shares a condition with the failed one
        // (graph-based backjumping), so an impossible condition fails fast instead of trying
        // every combination of unrelated captures.
        let order = Array(Set(constraints.flatMap { $0.bindings.values.compactMap { $0 } })).sorted()
        var position: [Int: Int] = [:]
        for (k, v) in order.enumerated() { position[v] = k }
        var parents: [Int: Set<Int>] = [:]
        for c in constraints {
            let vars = c.bindings.values.compactMap { $0 }
            for v in vars where v == c.lastVariable { parents[v, default: []].formUnion(vars.filter { $0 < v }) }
        }
        var conflict: [Int: Set<Int>] = [:]
        var choice = Array(repeating: 0, count: variables.count)
        var k = 0
        var spent = 0
        while k >= 0 && k < order.count {
            let v = order[k]
            if choice[v] >= candidates[variables[v].field]?.count ?? 0 {
                let blame = (parents[v] ?? []).union(conflict[v] ?? [])
                guard let back = blame.max(), let backPosition = position[back] else { return nil }
                conflict[back, default: []].formUnion(blame.subtracting([back]))
                for later in order[(backPosition + 1)...k] {
                    choice[later] = 0
                    conflict[later] = nil
                }
                choice[back] += 1
                k = backPosition
                continue
            }
            spent += 1
            work += 1
            if spent > budget { return nil }
            if (byVariable[v] ?? []).allSatisfy({ holds(constraints[$0], choice) }) {
                k += 1
            } else {
                choice[v] += 1
            }
        }
        guard k == order.count else { return nil }
        var solution = Solution(contact: [:], captures: [:])
        for (i, variable) in variables.enumerated() {
            guard let list = candidates[variable.field], list.indices.contains(choice[i]) else { continue }
            if let step = variable.step {
                solution.captures[step] = list[choice[i]]
            } else {
                solution.contact[variable.field] = list[choice[i]]
            }
        }
        return solution
    }
}
