import CallscriptMachine

/// The fixed facts of one call: the machine, the person and the agent.
public struct CallContext: Sendable {
    public let loaded: LoadedMachine
    public let contact: Contact
    /// The contact's typed values for every contact field the script declares.
    public let contactValues: [String: FieldValue]
    /// The agent's name as read aloud for `{agent}`.
    public let agent: String
    /// Placeholder values fixed for the whole call (header, agent, contact fields), built once
    /// so that showing a line only looks up the captures on top of them.
    let fixedPlaceholders: [String: String]
    /// The language the call is read in: the translation the contact's `language` field asks
    /// for, or nil for the script's own language (the fallback for any other value).
    public let language: String?
    /// The chosen translation's lines by line ID; nil for the script's own text.
    let translatedLines: [String: String]?

    /// The contact record's entry that picks the call's language (`"language": "en"`); it
    /// need not be declared as a field.
    public static let languageField = "language"

    /// Checks the contact against the machine's fields (throws if one is missing or mistyped).
    public init(loaded: LoadedMachine, contact: Contact, agent: String) throws(RuntimeError) {
        self.loaded = loaded
        self.contact = contact
        self.contactValues = try contact.values(for: loaded.machine)
        self.agent = agent
        let script = loaded.machine.script
        var values = ["agent": agent, "company": script.company, "caller_id": script.callerID]
        if let principal = script.principal { values["principal"] = principal }
        for (name, value) in contactValues { values[name] = value.text }
        self.fixedPlaceholders = values
        let translation = loaded.machine.translation(for: contact.fields[Self.languageField])
        self.language = translation?.language
        self.translatedLines = translation?.lines
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
        // Most lines have no placeholder (and no doubled brace): the template is the text.
        guard Template.hasBraces(template) else { return template }
        return render(Template(template), captures: captures)
    }

    /// The text of the state at `position` in the call's language, with the script's template
    /// parsed at load time.
    func renderText(ofState position: Int, captures: [String: String]) -> String {
        if let translatedLines, let text = translatedLines[loaded.machine.states[position].id] {
            return render(text, captures: captures)
        }
        guard let template = loaded.templates[position] else { return loaded.machine.states[position].text ?? "" }
        return render(template, captures: captures)
    }

    /// The label of answer `answer` of the question at `position`, in the call's language.
    func renderLabel(ofState position: Int, answer: Int, captures: [String: String]) -> String {
        let state = loaded.machine.states[position]
        if let translatedLines, let text = translatedLines[SpokenLines.answerID(state: state.id, answer: answer)] {
            return render(text, captures: captures)
        }
        return render(state.transitions[answer].label ?? "", captures: captures)
    }

    private func render(_ template: Template, captures: [String: String]) -> String {
        template.render { name in
            if let text = captures[name], loaded.fields[name] != nil { return text }
            return fixedPlaceholders[name]
        }
    }
}

/// The values conditions read: a capture made so far, else the contact's.
struct CallValues {
    let captures: [String: String]
    let contact: [String: FieldValue]
    let fields: [String: Field]

    subscript(_ name: String) -> FieldValue? {
        if let text = captures[name], let field = fields[name] { return FieldValue(kind: field.type.kind, text: text) }
        return contact[name]
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

    public init(index: Int, label: String, answerClass: AnswerClass? = nil) {
        self.index = index
        self.label = label
        self.answerClass = answerClass
    }
}
