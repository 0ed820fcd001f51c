import CallscriptMachine

/// The fixed facts of one call: the machine, the person and the agent.
public struct CallContext: Sendable {
    public let loaded: LoadedMachine
    public let contact: Contact
    /// The contact's typed values for every contact field the script declares.
    public let contactValues: [String: FieldValue]
    /// The agent's name as read aloud for `{agent}`.
    public let agent: String

    /// Checks the contact against the machine's fields (throws if one is missing or mistyped).
    public init(loaded: LoadedMachine, contact: Contact, agent: String) throws(RuntimeError) {
        self.loaded = loaded
        self.contact = contact
        self.contactValues = try contact.values(for: loaded.machine)
        self.agent = agent
    }

    /// Contact values plus the captures made so far.
    func values(_ captures: [String: String]) -> [String: FieldValue] {
        var out = contactValues
        for (name, text) in captures {
            if let field = loaded.fields[name] { out[name] = FieldValue(kind: field.type.kind, text: text) }
        }
        return out
    }

    /// The text with placeholders filled from the header, the agent, the contact and captures.
    func render(_ template: String, captures: [String: String]) -> String {
        let script = loaded.machine.script
        var values = ["agent": agent, "company": script.company, "caller_id": script.callerID]
        if let principal = script.principal { values["principal"] = principal }
        for (name, value) in self.values(captures) { values[name] = value.text }
        return Template(template).render(values)
    }
}

/// What the host shows for the current phase.
public enum Prompt: Hashable, Sendable {
    /// Read this line, then continue. `role` tells the screen how to style it (pitch, optout...).
    case line(state: String, role: Role, text: String)
    case question(state: String, role: Role, text: String, answers: [AnswerOption])
    case capture(state: String, field: String, type: FieldType, text: String)
    case ended(Outcome)
}

/// One answer the agent can pick.
public struct AnswerOption: Hashable, Sendable {
    /// Position to pass to `answer(_:)`.
    public var index: Int
    public var label: String
    public var answerClass: AnswerClass?
}
