/// Builds the complete example scripts shown by `callscript explain` and in
/// `Docs/compliance.md`. Each rule's failing and fixed example is a small change to one
/// compliant base script, so every example is a whole script the compiler accepts and the
/// fixed one passes every rule of its policy.
struct ExampleScript {
    var header: [String]
    var start = "intro"
    var steps: [String]
    var handlers: [String]

    var text: String {
        var out = "script \"\(header[0])\" {\n"
        for line in header.dropFirst() { out += "  \(line)\n" }
        out += "}\n\nstart \(start)\n"
        for block in steps + handlers { out += "\n" + block + "\n" }
        return out
    }

    /// A copy with one block (step or handler, matched by its first line) replaced; nil removes it.
    func replacing(_ firstLine: String, with block: String?) -> ExampleScript {
        var copy = self
        func swap(_ blocks: [String]) -> [String] {
            blocks.compactMap { $0.hasPrefix(firstLine + " {") || $0.hasPrefix(firstLine + "{") ? block : $0 }
        }
        copy.steps = swap(steps)
        copy.handlers = swap(handlers)
        return copy
    }

    /// A copy with `block` (a step) added after the other steps.
    func adding(_ block: String) -> ExampleScript {
        var copy = self
        copy.steps.append(block)
        return copy
    }

    /// A copy with header lines starting with `keyword` replaced (nil removes them).
    func header(_ keyword: String, _ line: String?) -> ExampleScript {
        var copy = self
        copy.header = [header[0]] + header.dropFirst().compactMap { $0.hasPrefix(keyword + " ") ? line : $0 }
        return copy
    }

    // MARK: nl-telemarketing

    static let nlIntro = """
        step intro {
          identify "Goedemiddag, u spreekt met {agent} van {company}."
          ask convenient "Komt het u nu gelegen?" {
            yes "Ja" -> offer
            no  "Nee" -> goodbye
          }
        }
        """

    static let nlOffer = """
        step offer {
          pitch "Als klant krijgt u twaalf maanden vaste korting op stroom."
          -> goodbye
        }
        """

    static let nlGoodbye = """
        step goodbye {
          optout "Mogen wij u in de toekomst nog bellen? Zo niet, dan noteer ik uw bezwaar nu meteen."
          say "Bedankt voor uw tijd en nog een fijne dag."
          end
        }
        """

    static let nlObjection = """
        on objection {
          record objection
          say "Ik heb genoteerd dat wij u niet meer bellen."
          transfer optout "Ik verbind u nu door met ons keuzemenu waarin u uw bezwaar kunt vastleggen."
        }
        """

    static let nlVoicemail = """
        on voicemail {
          hangup
        }
        """

    static let nlComplaint = """
        on complaint {
          say "Ik noteer uw klacht; u hoort binnen vijf werkdagen van ons."
          -> goodbye
        }
        """

    static let nlMinor = """
        on minor {
          say "Dan beëindig ik dit gesprek. Fijne dag nog."
          end
        }
        """

    /// A script that passes every rule of `nl-telemarketing` on any date.
    static let nlBase = ExampleScript(
        header: [
            "Voorbeeld Zonnig Energie",
            "company \"Zonnig Energie B.V.\"",
            "caller-id \"+31 20 555 0199\"",
            "sector energy",
            "audience opt-in",
        ],
        steps: [nlIntro, nlOffer, nlGoodbye],
        handlers: [nlObjection, nlVoicemail, nlComplaint, nlMinor])

    /// The base script with `no` sent straight to the opt-out line. After a terminal no handler
    /// can start, so a `pitch` in a handler is not also reachable after "Nee": the NL-MINOR
    /// example then breaks NL-MINOR alone instead of NL-RESPECT-NOT-CONVENIENT as well.
    static let nlDeclineToOptout =
        nlBase
        .replacing(
            "step intro",
            with: """
                step intro {
                  identify "Goedemiddag, u spreekt met {agent} van {company}."
                  ask convenient "Komt het u nu gelegen?" {
                    yes "Ja" -> offer
                    no  "Nee" -> not_now
                  }
                }
                """
        )
        .adding(
            """
            step not_now {
              transfer optout "Dan stoor ik u niet langer. Ik verbind u door met ons keuzemenu; daar kunt u aangeven of wij u nog mogen bellen."
            }
            """)

    /// The base script for a newspaper, which keeps the customer exception after 2026-07-01.
    static let nlPress =
        nlBase
        .header("company", "company \"Dagblad Zonnig B.V.\"")
        .header("sector", "sector press")
        .header("audience", "audience customers 36 months")
        .replacing(
            "step offer",
            with: """
                step offer {
                  pitch "Als oud-abonnee krijgt u drie maanden de krant voor de halve prijs."
                  -> goodbye
                }
                """)

    // MARK: us-tsr

    static let usIntro = """
        step intro {
          identify "Good afternoon, this is {agent} calling for {company}."
          disclose purpose "I am calling to sell you a new energy plan."
          disclose goods "It is a fixed-price electricity plan for your home."
          pitch "You can lock in your current rate for twelve months."
          -> goodbye
        }
        """

    static let usGoodbye = """
        step goodbye {
          say "Thank you for your time, and have a good day."
          end
        }
        """

    /// A script that passes every rule of `us-tsr`.
    static let usBase = ExampleScript(
        header: [
            "Sunny Energy Fixed Rate",
            "company \"Sunny Energy LLC\"",
            "caller-id \"+1 212 555 0199\"",
            "policy \"us-tsr\"",
            "sector energy",
            "audience opt-in",
        ],
        steps: [usIntro, usGoodbye],
        handlers: [])
}
