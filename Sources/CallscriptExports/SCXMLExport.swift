import CallscriptDiagnostics
import CallscriptMachine

/// The compiled machine as a W3C SCXML 1.0 document (http://www.w3.org/2005/07/scxml) that
/// other engines run (python-statemachine 3, Qt SCXML, Apache Commons SCXML with a Python-like
/// data model). The mapping is in Docs/exports.md:
///
/// - `dialling` waits for `start`, whose data sets the contact fields;
/// - one compound state `call` holds one `<state>` per machine state (same ID), each with its
///   role, text, step and source location as a `statement_N` data item, and carries one
///   transition per handler event, so an event interrupts the call at any moment;
/// - spoken lines go on with `next`, questions with `answer.*`, captures with `capture.FIELD`;
///   `if` states, `record objection` and terminals move on by themselves (eventless
///   transitions), conditions as `cond` in the `SCXMLDataModel`;
/// - one top-level `<final>` per way a call ends (the runtime's outcome kinds).
public enum SCXMLExport {
    /// The namespace of SCXML 1.0.
    public static let namespace = "http://www.w3.org/2005/07/scxml"

    /// The `<final>` state IDs, one per way a call can end (the runtime's outcome names).
    public static let finals = ["end", "hangup", "callback", "transfer-optout", "person-hung-up", "objection", "minor"]

    /// The final state a terminal role ends in.
    public static func final(of role: Role) -> String? {
        let finals: [Role: String] = [
            .end: "end", .hangup: "hangup", .callback: "callback", .transferOptout: "transfer-optout",
        ]
        return finals[role]
    }

    /// The document, deterministic for a machine.
    public static func document(_ machine: Machine) -> String {
        var w = Writer()
        let fieldTypes = Dictionary(machine.fields.map { ($0.name, $0.type) }, uniquingKeysWith: { a, _ in a })
        let known = Set(machine.states.map(\.id))
        w.line(0, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>")
        w.line(
            0,
            "<!-- \(MarkupText.comment(machine.script.name)): exported by \(MarkupText.comment(machine.compiler)) -->")
        w.line(
            0,
            "<scxml xmlns=\"\(namespace)\" version=\"1.0\" datamodel=\"python\" name=\"\(attr(machine.script.name))\" initial=\"dialling\">"
        )
        w.line(1, "<datamodel>")
        for field in machine.fields {
            w.line(
                2,
                "<data id=\"\(SCXMLDataModel.dataID(field: field.name))\" expr=\"None\"/>"
                    + "<!-- \(field.origin.rawValue) \(MarkupText.comment(field.type.description)) -->")
        }
        w.line(2, "<data id=\"objection_recorded\" expr=\"False\"/>")
        w.line(2, "<data id=\"machine_digest\" expr=\"\(attr(SCXMLDataModel.string(machine.digest)))\"/>")
        w.line(1, "</datamodel>")

        w.line(1, "<state id=\"dialling\">")
        let contactFields = machine.fields.filter { $0.origin == .contact }
        if contactFields.isEmpty {
            w.line(2, "<transition event=\"start\" target=\"call\"/>")
        } else {
            w.line(2, "<transition event=\"start\" target=\"call\">")
            for field in contactFields {
                let id = SCXMLDataModel.dataID(field: field.name)
                w.line(
                    3, "<assign location=\"\(id)\" expr=\"_event.data.\(SCXMLDataModel.identifierSafe(field.name))\"/>")
            }
            w.line(2, "</transition>")
        }
        w.line(1, "</state>")

        let start = known.contains(machine.start) ? machine.start : "end"
        w.line(1, "<state id=\"call\" initial=\"\(attr(start))\">")
        events(machine, known, &w)
        for (position, state) in machine.states.enumerated() {
            self.state(state, position: position, known: known, fieldTypes: fieldTypes, &w)
        }
        w.line(1, "</state>")
        for final in finals { w.line(1, "<final id=\"\(final)\"/>") }
        w.line(0, "</scxml>")
        return w.text
    }

    /// The handler events on `call`: a handled event enters its handler without leaving `call`
    /// (internal), an unhandled one ends the call as the runtime does.
    private static func events(_ machine: Machine, _ known: Set<String>, _ w: inout Writer) {
        var handled: Set<String> = []
        for handler in machine.handlers where known.contains(handler.entry) && handled.insert(handler.event).inserted {
            w.line(
                2, "<transition event=\"\(attr(handler.event))\" target=\"\(attr(handler.entry))\" type=\"internal\"/>")
        }
        let unhandled: [(CallEvent, String)] = [(.objection, "objection"), (.voicemail, "hangup"), (.minor, "minor")]
        for (event, final) in unhandled where !handled.contains(event.rawValue) {
            if event == .objection {
                w.line(2, "<transition event=\"objection\" target=\"objection\">")
                w.line(3, "<assign location=\"objection_recorded\" expr=\"True\"/>")
                w.line(2, "</transition>")
            } else {
                w.line(2, "<transition event=\"\(event.rawValue)\" target=\"\(final)\"/>")
            }
        }
        w.line(2, "<transition event=\"\(CallEvent.hangUp.rawValue)\" target=\"person-hung-up\"/>")
    }

    private static func state(
        _ state: State, position: Int, known: Set<String>, fieldTypes: [String: FieldType], _ w: inout Writer
    ) {
        w.line(2, "<state id=\"\(attr(state.id))\">")
        w.line(3, "<datamodel>")
        w.line(4, "<data id=\"\(SCXMLDataModel.statementID(position: position))\" expr=\"\(attr(metadata(state)))\"/>")
        w.line(3, "</datamodel>")
        if state.role == .recordObjection {
            w.line(3, "<onentry><assign location=\"objection_recorded\" expr=\"True\"/></onentry>")
        }
        // A transition to a state that does not exist ends the call, as in the runtime.
        func target(_ id: String) -> String { known.contains(id) ? id : "end" }
        // By the role's properties, not a list of roles: a new kind of question or line is
        // exported like the others of its kind (the runtime steps them the same way).
        let role = state.role
        if role == .transferOptout {
            w.line(3, "<transition event=\"next\" target=\"transfer-optout\"/>")
        } else if role.isTerminal {
            w.line(3, "<transition target=\"\(final(of: role) ?? "end")\"/>")
        } else if role == .branch {
            var hasElse = false
            for t in state.transitions where !hasElse {
                if t.kind == .condition {
                    let cond = t.condition.map { SCXMLDataModel.condition($0, fields: fieldTypes) } ?? "False"
                    w.line(3, "<transition cond=\"\(attr(cond))\" target=\"\(attr(target(t.target)))\"/>")
                } else if t.kind == .otherwise {
                    hasElse = true
                    w.line(3, "<transition target=\"\(attr(target(t.target)))\"/>")
                }
            }
            // No condition held and there is no `else`: the runtime ends the call there.
            if !hasElse { w.line(3, "<transition target=\"end\"/>") }
        } else if role == .recordObjection {
            w.line(3, "<transition target=\"\(attr(target(state.transitions.first?.target ?? "")))\"/>")
        } else if role.isQuestion {
            for (t, names) in zip(state.transitions, SCXMLEvents.answers(state.transitions)) {
                w.line(
                    3,
                    "<transition event=\"\(attr(names.joined(separator: " ")))\" target=\"\(attr(target(t.target)))\"/>"
                )
            }
        } else if role == .capture {
            let field = state.field ?? ""
            let next = target(state.transitions.first?.target ?? "")
            w.line(3, "<transition event=\"\(attr(SCXMLEvents.capture(field)))\" target=\"\(attr(next))\">")
            w.line(4, "<assign location=\"\(SCXMLDataModel.dataID(field: field))\" expr=\"_event.data.value\"/>")
            w.line(3, "</transition>")
        } else {
            w.line(3, "<transition event=\"next\" target=\"\(attr(target(state.transitions.first?.target ?? "")))\"/>")
        }
        w.line(2, "</state>")
    }

    /// The statement's data: `{'id': ..., 'step': ..., 'role': ..., 'text': ..., 'source': 'file:line:column'}`
    /// plus `field`, `purpose` and `topic` where the statement has them.
    static func metadata(_ state: State) -> String {
        var pairs: [(String, String)] = [("id", state.id), ("step", state.step), ("role", state.role.rawValue)]
        if let text = state.text { pairs.append(("text", text)) }
        if let field = state.field { pairs.append(("field", field)) }
        if let purpose = state.purpose { pairs.append(("purpose", purpose)) }
        if let topic = state.topic { pairs.append(("topic", topic)) }
        let s = state.source
        pairs.append(("source", "\(s.file):\(s.start.line):\(s.start.column)"))
        return "{"
            + pairs.map { "\(SCXMLDataModel.string($0.0)): \(SCXMLDataModel.string($0.1))" }.joined(separator: ", ")
            + "}"
    }

    private static func attr(_ text: String) -> String { MarkupText.escaped(text) }
}
