import CallscriptDiagnostics
import CallscriptMachine

/// A hand-built machine and diagnostics in the shapes the compiler and verifier produce, so
/// the reports and graphs are tested without them.
public enum SampleFindings {
    public static let file = "winback.call"

    /// A range on `line` from `column` for `length` characters (offsets are fake but ordered).
    public static func at(_ line: Int, _ column: Int, _ length: Int = 4, file: String = file) -> SourceRange {
        let offset = line * 100 + column
        return SourceRange(
            file: file, start: SourceLocation(offset: offset, line: line, column: column),
            end: SourceLocation(offset: offset + length, line: line, column: column + length))
    }

    public static func state(
        _ id: String, _ role: Role, _ text: String? = nil, field: String? = nil, purpose: String? = nil,
        next transitions: [Transition], line: Int
    ) -> State {
        let step = id.hasPrefix("on-") ? "on " + id.dropFirst(3).prefix { $0 != "." } : String(id.prefix { $0 != "." })
        return State(
            id: id, step: String(step), role: role, text: text, field: field, purpose: purpose,
            transitions: transitions, source: at(line, 3, 10))
    }

    public static func answer(_ label: String, _ cls: AnswerClass?, _ target: String) -> Transition {
        Transition(kind: .answer, label: label, answerClass: cls, target: target)
    }

    /// The spec's winback script, except that `goodbye` forgets the opt-out notice and says a
    /// line full of characters that need escaping.
    public static let machine = Machine(
        compiler: "callscript 0.1.0",
        script: ScriptInfo(
            name: "Winback \"Energie\" 2026", company: "Zonnig Energie B.V.", principal: nil,
            callerID: "+31 20 555 0199", policy: "nl-telemarketing", sector: "energy", audience: .optIn),
        fields: [
            Field(name: "interest", origin: .capture, type: FieldType(.choice, choices: ["low", "medium", "high"])),
            Field(name: "callback_at", origin: .capture, type: FieldType(.datetime)),
        ],
        start: "intro.1",
        handlers: [
            Handler(event: "objection", entry: "on-objection.1", source: at(40, 1, 12)),
            Handler(event: "voicemail", entry: "on-voicemail.1", source: at(46, 1, 12)),
        ],
        states: [
            state(
                "intro.1", .identify, "Goedemiddag {first_name}, u spreekt met {agent} van {company}.",
                next: [.next("intro.2")], line: 3),
            state(
                "intro.2", .askConvenient, "Komt het u nu gelegen?",
                next: [
                    answer("Ja", .yes, "offer.1"), answer("Liever later", .later, "plan_callback.1"),
                    answer("Nee", .no, "goodbye.1"),
                ],
                line: 4),
            state(
                "offer.1", .pitch, "Als oud-klant krijgt u twaalf maanden vaste korting op stroom.",
                next: [.next("offer.2")], line: 11),
            state(
                "offer.2", .capture, "Hoe groot is uw interesse?", field: "interest", next: [.next("offer.3")], line: 12
            ),
            state(
                "offer.3", .branch,
                next: [
                    Transition(
                        kind: .condition,
                        condition: .compare(field: "interest", op: .equal, value: Literal(type: .choice, value: "low")),
                        target: "goodbye.1"),
                    Transition(kind: .otherwise, target: "send_offer.1"),
                ], line: 13),
            state(
                "send_offer.1", .askConsent, "Mogen wij u over dit aanbod e-mailen?", purpose: "email-offers",
                next: [answer("Ja", .yes, "goodbye.1"), answer("Nee", .no, "goodbye.1")], line: 18),
            state(
                "plan_callback.1", .capture, "Wanneer komt het u beter uit?", field: "callback_at",
                next: [.next("plan_callback.2")], line: 25),
            state(
                "plan_callback.2", .optout, "U kunt altijd bezwaar maken tegen onze telefoontjes.",
                next: [.next("plan_callback.3")], line: 26),
            state("plan_callback.3", .callback, field: "callback_at", next: [], line: 27),
            state(
                "goodbye.1", .say, "Zeg \"ja\" of \\ nee;\nbedankt # 100% <tot ziens>", next: [.next("goodbye.2")],
                line: 31),
            state("goodbye.2", .end, next: [], line: 32),
            state("on-objection.1", .recordObjection, next: [.next("on-objection.2")], line: 41),
            state(
                "on-objection.2", .say, "Ik heb genoteerd dat wij u niet meer bellen.", next: [.next("on-objection.3")],
                line: 42),
            state("on-objection.3", .transferOptout, "Ik verbind u door met ons keuzemenu.", next: [], line: 43),
            state("on-voicemail.1", .hangup, next: [], line: 47),
        ],
        sources: [SourceDigest(path: file, sha256: String(repeating: "0", count: 64))])

    /// The shortest conversation that misses the opt-out notice: yes, low interest, goodbye.
    public static let path = ConversationPath(
        entry: "start",
        steps: [
            PathStep(state: "intro.1", transition: 0),
            PathStep(state: "intro.2", choice: "\"Ja\"", transition: 0),
            PathStep(state: "offer.1", transition: 0),
            PathStep(state: "offer.2", transition: 0),
            PathStep(state: "offer.3", choice: "if interest == low", transition: 0),
            PathStep(state: "goodbye.1", transition: 0),
            PathStep(state: "goodbye.2"),
        ])

    public static var optoutFinding: Diagnostic {
        let lines = [3, 4, 11, 12, 13, 31, 32]
        let related = zip(path.steps, lines).enumerated().map { i, pair in
            RelatedLocation(label: "step \(i + 1): \(pair.0.state)", range: at(pair.1, 3, 10))
        }
        return Diagnostic(
            code: "NL-OPTOUT-AT-END", severity: .error, message: "call ends without the opt-out notice after the pitch",
            range: at(32, 3, 3), related: related, help: "add an `optout` line before `end` in step 'goodbye'",
            path: path)
    }

    public static var unknownStep: Diagnostic {
        Diagnostic(
            code: "CS0140", severity: .error, message: "unknown step 'ofer'", range: at(5, 17, 4),
            related: [RelatedLocation(label: "step 'offer' declared here", range: at(10, 6, 5))],
            help: "did you mean 'offer'?",
            fixIts: [
                FixIt(
                    message: "replace 'ofer' with 'offer'", edits: [TextEdit(range: at(5, 17, 4), replacement: "offer")]
                )
            ])
    }

    public static var unreachable: Diagnostic {
        Diagnostic(code: "CS0201", severity: .warning, message: "step 'oud' is never reached", range: at(50, 6, 3))
    }

    public static var wholeFileNote: Diagnostic {
        Diagnostic(
            code: "CS0999", severity: .note, message: "checked with policy nl-telemarketing",
            range: .wholeFile("gedeeld/slot.call"))
    }

    public static var all: [Diagnostic] { [unknownStep, optoutFinding, unreachable, wholeFileNote] }
}
