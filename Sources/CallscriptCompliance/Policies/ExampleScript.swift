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
        copy.header =
            [header[0]] + header.dropFirst().compactMap { $0 == keyword || $0.hasPrefix(keyword + " ") ? line : $0 }
        return copy
    }

    // MARK: nl-telemarketing

    static let nlIntro = """
        step intro {
          identify "Goedemiddag, u spreekt met {agent} van {company}."
          disclose purpose "Ik bel u over een aanbod voor uw energiecontract."
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
          ask optout "Mogen wij u in de toekomst nog bellen?" {
            yes "Ja, dat mag"       -> bye
            no  "Nee, liever niet"  -> no_more_calls
          }
        }
        """

    static let nlBye = """
        step bye {
          say "Bedankt voor uw tijd en nog een fijne dag."
          end
        }
        """

    static let nlNoMoreCalls = """
        step no_more_calls {
          record objection
          say "Ik heb genoteerd dat wij u niet meer bellen. Nog een fijne dag."
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

    static let nlSourceQuestion = """
        on source-question {
          say "U heeft ons toestemming gegeven toen u klant werd; ik zie hier wanneer en hoe."
          -> goodbye
        }
        """

    static let nlVulnerable = """
        on vulnerable {
          say "Ik merk dat dit nu geen goed moment is. Ik beëindig het gesprek; fijne dag nog."
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
        steps: [nlIntro, nlOffer, nlGoodbye, nlBye, nlNoMoreCalls],
        handlers: [nlObjection, nlVoicemail, nlComplaint, nlMinor, nlSourceQuestion, nlVulnerable])

    /// The base script with the closing replaced by `block` and its two follow-up steps
    /// removed (they would be unreachable).
    func closing(_ block: String) -> ExampleScript {
        replacing("step goodbye", with: block).replacing("step bye", with: nil).replacing(
            "step no_more_calls", with: nil)
    }

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
                  disclose purpose "Ik bel u over een aanbod voor uw energiecontract."
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

// MARK: nl-energy

extension ExampleScript {
    static func nlEnergyIntro(basis: Bool = true) -> String {
        """
        step intro {
          identify "Goedemiddag, u spreekt met {agent} van {company}."
          disclose purpose "Ik bel u over een aanbod voor uw energiecontract."
        \(basis ? "  disclose basis \"U heeft ons toestemming gegeven om u hierover te bellen.\"\n" : "")\
          disclose recording "Dit gesprek wordt opgenomen, zodat we later kunnen nagaan wat is afgesproken."
          ask convenient "Komt het u nu gelegen?" {
            yes "Ja" -> offer
            no  "Nee" -> goodbye
          }
        }
        """
    }

    static func nlEnergyOffer(withdrawal: Bool = true) -> String {
        """
        step offer {
          pitch "Als klant krijgt u twaalf maanden vaste korting op stroom."
          disclose price "Het vaste tarief is 24 cent per kWh en 1 euro 20 per kuub gas, vastrecht 6 euro per maand."
          disclose term "Het contract loopt drie jaar."
        \(withdrawal ? "  disclose withdrawal \"Na de schriftelijke bevestiging heeft u veertien dagen bedenktijd.\"\n" : "")\
          ask sale "Wilt u dat ik het aanbod op papier naar u stuur?" {
            yes "Ja, graag" -> confirm
            no  "Nee"       -> goodbye
          }
        }
        """
    }

    static func nlEnergyConfirm(notice: Bool = true) -> String {
        """
        step confirm {
        \(notice ? "  disclose confirmation \"U ontvangt het contract schriftelijk; het geldt pas als u het zelf bevestigt.\"\n" : "  say \"Fijn, dan is het geregeld.\"\n")\
          -> goodbye
        }
        """
    }

    /// A script that passes every rule of `nl-energy`.
    static let nlEnergy = ExampleScript(
        header: nlBase.header + ["policy \"nl-energy\"", "recording"],
        steps: [nlEnergyIntro(), nlEnergyOffer(), nlEnergyConfirm(), nlGoodbye, nlBye, nlNoMoreCalls],
        handlers: nlBase.handlers)
}
