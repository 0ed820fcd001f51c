import CallscriptDiagnostics

/// The shape each role demands of a state: its transitions, text, field and purpose.
enum RoleRules {
    static func check(_ state: State, fields: [String: Field]) -> [Diagnostic] {
        var out: [Diagnostic] = []
        func fail(_ message: String) {
            out.append(Diagnostic(.machineTransitionsForRole, message, at: state.source))
        }
        func missing(_ what: String) {
            out.append(
                Diagnostic(
                    .machineMissingAttribute, "\(state.role.rawValue) state '\(state.id)' has no \(what)",
                    at: state.source))
        }
        let role = state.role
        if role.isSpoken, (state.text ?? "").isEmpty { missing("text") }

        // Most states have one `next` and no list of transitions (`StateExits`): they are
        // checked on the exits as stored, without making the list `transitions` returns.
        if role.isTerminal {
            if state.exits.count != 0 { fail("terminal state '\(state.id)' (\(role.rawValue)) has transitions") }
            return fieldRules(state, role, fields, into: &out)
        }
        if !role.isQuestion, role != .branch {
            let oneNext: Bool
            if case .next = state.exits {
                oneNext = true
            } else {
                oneNext = state.exits.count == 1 && state.exits[0].kind == .next
            }
            if !oneNext { fail("\(role.rawValue) state '\(state.id)' must have exactly one next transition") }
            return fieldRules(state, role, fields, into: &out)
        }
        let transitions = state.transitions
        if role.isQuestion {
            // The answers' kinds, labels and classes in one pass, reported in the order of the
            // rules below: a `Set` of the classes hashed each class's name.
            var (yes, no, later, unclassified, other, unlabeled) = (false, false, false, false, false, false)
            for t in transitions {
                if t.kind != .answer { other = true }
                if (t.label ?? "").isEmpty { unlabeled = true }
                switch t.answerClass {
                case .yes?: yes = true
                case .no?: no = true
                case .later?: later = true
                case nil: unclassified = true
                }
            }
            if transitions.isEmpty || other {
                fail("question '\(state.id)' must have only answer transitions, at least one")
            }
            if unlabeled {
                for t in transitions where (t.label ?? "").isEmpty { fail("an answer of '\(state.id)' has no label") }
            }
            if role != .ask {
                if unclassified {
                    fail(
                        "every answer of '\(state.id)' needs a class (yes, no\(role == .askConvenient ? ", later" : ""))"
                    )
                }
                if !yes || !no { fail("'\(state.id)' needs at least one yes and one no answer") }
                if role != .askConvenient, later {
                    fail("question '\(state.id)' (\(role.rawValue)) cannot have a later answer")
                }
            }
            if role == .askConsent, (state.purpose ?? "").isEmpty { missing("consent purpose") }
        } else if role == .branch {
            let conditions = transitions.dropLast()
            if transitions.count < 2 || transitions.last?.kind != .otherwise
                || conditions.contains(where: { $0.kind != .condition })
            {
                fail("branch '\(state.id)' must have one or more conditions followed by one else")
            }
            for t in conditions {
                guard let condition = t.condition else {
                    fail("a condition transition of '\(state.id)' has no condition")
                    continue
                }
                if condition.depth > MachineValidator.maxConditionDepth {
                    out.append(
                        Diagnostic(
                            .machineConditionTooDeep,
                            "condition in '\(state.id)' is nested \(condition.depth) deep (limit \(MachineValidator.maxConditionDepth))",
                            at: state.source))
                } else {
                    out += ConditionRules.check(condition, in: state, fields: fields)
                }
            }
        }
        return fieldRules(state, role, fields, into: &out)
    }

    /// The field a capture or callback fills: declared, a capture, and for a callback a datetime.
    private static func fieldRules(
        _ state: State, _ role: Role, _ fields: [String: Field], into out: inout [Diagnostic]
    ) -> [Diagnostic] {
        if role == .capture || role == .callback {
            guard let name = state.field else {
                out.append(
                    Diagnostic(
                        .machineMissingAttribute, "\(state.role.rawValue) state '\(state.id)' has no field",
                        at: state.source))
                return out
            }
            guard let field = fields[name] else {
                out.append(
                    Diagnostic(
                        .machineUnknownField, "state '\(state.id)' uses unknown field '\(name)'", at: state.source))
                return out
            }
            if field.origin != .capture {
                out.append(
                    Diagnostic(
                        .machineFieldType,
                        "state '\(state.id)' fills contact field '\(name)'; only captures can be entered",
                        at: state.source))
            }
            if role == .callback, field.type.kind != .datetime {
                out.append(
                    Diagnostic(
                        .machineFieldType,
                        "callback state '\(state.id)' reads '\(name)' of type \(field.type.description), not datetime",
                        at: state.source))
            }
        }
        return out
    }
}

/// Field references and literal types inside a condition (depth already bounded).
enum ConditionRules {
    static func check(_ condition: Condition, in state: State, fields: [String: Field]) -> [Diagnostic] {
        switch condition {
        case .and(let l, let r), .or(let l, let r):
            return check(l, in: state, fields: fields) + check(r, in: state, fields: fields)
        case .not(let inner):
            return check(inner, in: state, fields: fields)
        case .isSet(let name):
            if fields[name] == nil { return [unknown(name, state)] }
            return []
        case .compare(let name, _, let literal):
            guard let field = fields[name] else { return [unknown(name, state)] }
            if literal.type != field.type.kind {
                return [
                    Diagnostic(
                        .machineFieldType,
                        "condition in '\(state.id)' compares \(field.type.kind.rawValue) field '\(name)' with a \(literal.type.rawValue) value",
                        at: state.source)
                ]
            }
            if field.type.kind == .choice, !(field.type.choices ?? []).contains(literal.value) {
                return [
                    Diagnostic(
                        .machineFieldType,
                        "condition in '\(state.id)' compares '\(name)' with '\(literal.value)', which is not one of its choices",
                        at: state.source)
                ]
            }
            return []
        }
    }

    private static func unknown(_ name: String, _ state: State) -> Diagnostic {
        Diagnostic(.machineUnknownField, "condition in '\(state.id)' uses unknown field '\(name)'", at: state.source)
    }
}

/// Finds cycles made only of states that neither speak nor wait (branches, `record objection`):
/// running one would never return control to the agent.
enum SilentLoops {
    static func find(in graph: MachineGraph) -> [Diagnostic] {
        let index = graph.index
        let silent = graph.roles.map { !$0.isSpoken && !$0.isTerminal }
        // Kahn's algorithm on the silent subgraph: whatever cannot be peeled off lies on a cycle.
        var indegree = [Int](repeating: 0, count: index.count)
        for i in 0..<index.count where silent[i] {
            for e in graph.edges(from: i) where silent[graph.edgeTarget[e]] { indegree[graph.edgeTarget[e]] += 1 }
        }
        var work = (0..<index.count).filter { silent[$0] && indegree[$0] == 0 }
        var removed = 0
        while let i = work.popLast() {
            removed += 1
            for e in graph.edges(from: i) where silent[graph.edgeTarget[e]] {
                let t = graph.edgeTarget[e]
                indegree[t] -= 1
                if indegree[t] == 0 { work.append(t) }
            }
        }
        let total = silent.filter { $0 }.count
        guard removed < total, let first = (0..<index.count).first(where: { silent[$0] && indegree[$0] > 0 }) else {
            return []
        }
        let state = index[first]
        return [
            Diagnostic(
                .machineSilentLoop, "state '\(state.id)' is on a loop that never speaks or waits for the agent",
                at: state.source, help: "the loop would run forever; recompile the script")
        ]
    }
}
