import CallscriptGenerator

/// Small random `.call` scripts, as text, for checking the verifier on what the real compiler
/// produces: 2–8 steps of 0–2 statements each (mostly 1), every kind of ending (questions of all three
/// kinds, `if`/`else`, jumps forward and back, all four terminals) and 0–4 handlers that end
/// on their own or jump into the steps. Most compile; the rest fail only because some loop
/// has no way out (CS0200), which the generator does not try to avoid.
public enum RandomScripts {
    /// Identify lines; which ones name the seller is decided here by hand, as in `RandomMachines`.
    public static let identifyTexts = RandomMachines.identifyTexts
    public static let namingSeller = RandomMachines.namingSeller

    static let header = """
        script "Willekeurig" {
          company "\(RandomMachines.company)"
          caller-id "+31 20 555 0199"
          sector energy
          audience opt-in
        }

        contact klant: yesno
        capture notitie: text
        capture moment: datetime

        """

    static let statements = [
        "identify", "identify", "say", "pitch", "pitch", "optout", "capture", "record", "purpose", "goods", "prize",
    ]
    static let endings = [
        "ask", "convenient", "convenient", "consent", "optout-question", "if", "jump", "jump", "end", "hangup",
        "callback", "transfer",
    ]

    public static func make(_ rng: inout SeededRandom) -> String {
        let steps = 2 + rng.below(7)
        var out = header + "start s1\n"
        var line = 0
        func text() -> String {
            line += 1
            return "\"Tekst \(line)\""
        }
        // Mostly forward, so most scripts can end; sometimes back, to make loops.
        func target(from step: Int?) -> String {
            if let step, step < steps, rng.below(4) != 0 { return "s\(step + 1 + rng.below(steps - step))" }
            return "s\(1 + rng.below(steps))"
        }
        // `step` is nil for a handler. Objection handlers often record first, so NL-OBJECTION is
        // kept as well as broken.
        func body(_ step: Int?, event: String? = nil) -> String {
            var lines: [String] = []
            if event == "objection", rng.below(2) == 0 { lines.append("record objection") }
            for _ in 0..<rng.pick(step == nil ? [0, 0, 1] : [0, 1, 1, 2]) {
                switch rng.pick(statements) {
                case "identify": lines.append("identify \"\(rng.pick(identifyTexts))\"")
                case "say": lines.append("say \(text())")
                case "pitch": lines.append("pitch \(text())")
                case "optout": lines.append("optout \(text())")
                case "capture": lines.append("capture notitie \(text())")
                case "record": lines.append("record objection")
                case "purpose": lines.append("disclose purpose \(text())")
                case "prize": lines.append("disclose prize \(text())")
                default: lines.append("disclose goods \(text())")
                }
            }
            // Handlers and the last step mostly end the call, so most scripts can end.
            let ends = (step == nil || step == steps) && rng.below(3) != 0
            switch ends ? rng.pick(["end", "hangup", "callback", "transfer"]) : rng.pick(endings) {
            case "ask":
                lines.append("ask \(text()) {")
                for a in 1...(1 + rng.below(3)) { lines.append("  \"Antwoord \(a)\" -> \(target(from: step))") }
                lines.append("}")
            case "convenient":
                lines.append("ask convenient \(text()) {")
                var classes = ["yes", "no"] + (rng.below(2) == 0 ? ["later"] : [])
                if rng.below(4) == 0 { classes.append(rng.pick(["yes", "no", "later"])) }
                for (a, c) in classes.enumerated() {
                    lines.append("  \(c) \"Antwoord \(a + 1)\" -> \(target(from: step))")
                }
                lines.append("}")
            case "optout-question":
                lines.append("ask optout \(text()) {")
                lines.append("  yes \"Ja\" -> \(target(from: step))")
                lines.append("  no \"Nee\" -> \(target(from: step))")
                lines.append("}")
            case "consent":
                lines.append("ask consent \"nieuwsbrief\" \(text()) {")
                lines.append("  yes \"Ja\" -> \(target(from: step))")
                lines.append("  no \"Nee\" -> \(target(from: step))")
                lines.append("}")
            case "if":
                lines.append("if klant == yes -> \(target(from: step))")
                if rng.below(2) == 0 { lines.append("if notitie is set -> \(target(from: step))") }
                lines.append("else -> \(target(from: step))")
            case "jump": lines.append("-> \(target(from: step))")
            case "end": lines.append("end")
            case "hangup": lines.append("hangup")
            case "callback": lines.append("callback at moment")
            default: lines.append("transfer optout \(text())")
            }
            return lines.map { "  " + $0 }.joined(separator: "\n")
        }
        for s in 1...steps {
            out += "\nstep s\(s) {\n\(body(s))\n}\n"
        }
        var events = ["objection", "voicemail", "complaint", "minor", "vulnerable"]
        for _ in 0..<rng.below(6) {
            let event = events.remove(at: rng.below(events.count))
            out += "\non \(event) {\n\(body(nil, event: event))\n}\n"
        }
        return out
    }
}
