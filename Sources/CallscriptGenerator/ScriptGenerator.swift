/// Generates realistic synthetic call scripts of any size, for the benchmark and for tests.
///
/// The script has the shape of a real campaign: identification and the convenient-time
/// question, then `steps` numbered steps with pitches, captures, questions, conditions and
/// loops back to earlier steps, a consent question now and then, a callback branch, every
/// handler, and a shared closing brought in with `use`. It is compliant unless a violation is
/// planted, and deterministic for a seed.
public struct ScriptGenerator: Sendable {
    /// A rule breach to plant deep in the script (at about 90% of the steps).
    public enum Violation: String, Sendable, CaseIterable {
        /// A branch ends the call right after a pitch, without the opt-out notice.
        case optoutMissing = "optout-missing"
        /// A pitch is reachable from the "not convenient" answer.
        case pitchAfterNotConvenient = "pitch-after-no"
    }

    public var steps: Int
    public var seed: UInt64
    public var violation: Violation?

    public init(steps: Int, seed: UInt64 = 1, violation: Violation? = nil) {
        self.steps = max(1, steps)
        self.seed = seed
        self.violation = violation
    }

    /// The main script's file name inside the generated folder.
    public static let mainFile = "campagne.call"
    /// The shared closing, relative to the main script.
    public static let sharedFile = "gedeeld/afsluiting.call"

    /// The files of the script: relative path → text.
    public func generate() -> [String: String] {
        [Self.mainFile: mainScript(), Self.sharedFile: Self.sharedClosing()]
    }

    private static let pitches = [
        "Als klant krijgt u twaalf maanden vaste korting op stroom en gas.",
        "Met zonnepanelen van ons bespaart u gemiddeld vierhonderd euro per jaar.",
        "Wij bieden nu een slimme thermostaat zonder aansluitkosten.",
        "U kunt overstappen zonder opzegkosten; wij regelen alles voor u.",
        "Het groene contract heeft een vaste prijs voor drie jaar.",
    ]
    private static let lines = [
        "Ik leg het even kort uit.",
        "Dat begrijp ik goed, {first_name}.",
        "Fijn dat u even de tijd neemt.",
        "Ik noteer dat voor u.",
    ]

    private func mainScript() -> String {
        var rng = SeededRandom(seed: seed)
        var out = ""
        out.reserveCapacity(steps * 110 + 2_000)
        out += """
            # Synthetic campaign generated for benchmarks and tests (seed \(seed), \(steps) steps).
            script "Synthetische campagne \(steps)" {
              company "Zonnig Energie B.V."
              principal "Groene Stroom Nederland"
              caller-id "+31 20 555 0199"
              policy "nl-telemarketing"
              sector energy
              audience opt-in
            }

            contact first_name: text
            contact age: number
            contact customer_since: date
            capture email: email purpose "het aanbod per e-mail sturen"
            capture interest: choice(low, medium, high) purpose "het aanbod afstemmen op de interesse"
            capture callback_at: datetime purpose "op het afgesproken moment terugbellen"
            capture complaint: text purpose "de klacht behandelen"

            use "\(Self.sharedFile)"

            start intro

            step intro {
              identify "Goedemiddag {first_name}, u spreekt met {agent} van {company}, namens {principal}."
              disclose purpose "Ik bel u over een nieuw aanbod voor stroom en gas."
              ask convenient "Komt het u nu gelegen?" {
                yes   "Ja"                      -> s1
                later "Liever een ander moment" -> plan_callback
                no    "Nee"                     -> \(violation == .pitchAfterNotConvenient ? "s\(plantAt)" : "goodbye")
              }
            }

            step plan_callback {
              capture callback_at "Wanneer komt het u beter uit?"
              ask optout "Mag ik u dan terugbellen, of wilt u liever helemaal niet meer gebeld worden?" {
                yes "Ja, belt u maar"       -> call_back
                no  "Nee, niet meer bellen" -> no_more_calls
              }
            }

            step call_back {
              callback at callback_at
            }


            """
        for i in 1...steps { out += step(i, &rng) }
        return out
    }

    private var plantAt: Int { max(1, steps * 9 / 10) }

    private func target(_ i: Int) -> String { i > steps ? "goodbye" : "s\(i)" }

    private func step(_ i: Int, _ rng: inout SeededRandom) -> String {
        var body = ""
        let statements = 1 + rng.below(2)
        for _ in 0..<statements {
            switch rng.below(10) {
            case 0...3: body += "  pitch \"\(Self.pitches[rng.below(Self.pitches.count)])\"\n"
            case 4...6: body += "  say \"\(Self.lines[rng.below(Self.lines.count)])\"\n"
            case 7: body += "  capture interest \"Hoe groot is uw interesse: laag, gemiddeld of hoog?\"\n"
            default: body += "  capture email \"Op welk e-mailadres mag ik de informatie sturen?\"\n"
            }
        }
        if violation == .optoutMissing, i == plantAt {
            body += "  pitch \"Tot slot: bij aanmelding vandaag krijgt u een welkomstcadeau.\"\n  end\n"
            return "step s\(i) {\n\(body)}\n\n"
        }
        if violation == .pitchAfterNotConvenient, i == plantAt {
            body = "  pitch \"Toch nog even ons aanbod: twaalf maanden vaste korting.\"\n"
        }
        // Loops go back a little, as designers do ("shall I explain it again?").
        let back = i > 3 ? target(i - 1 - rng.below(min(i - 1, 3))) : target(i + 1)
        switch rng.below(10) {
        case 0...3:
            body += "  -> \(target(i + 1))\n"
        case 4...5:
            body += """
                  ask "Zal ik het nog een keer uitleggen?" {
                    "Ja, graag" -> \(back)
                    "Nee, ga verder" -> \(target(i + 1))
                    "Ik heb geen interesse" -> goodbye
                  }

                """
        case 6...7:
            body += """
                  if interest == low or (age < 18 and not email is set) -> goodbye
                  else -> \(target(i + 1))

                """
        case 8:
            body += """
                  ask consent "email-aanbiedingen" "Mogen wij u hierover e-mailen?" {
                    yes "Ja" -> \(target(i + 1))
                    no  "Nee" -> \(target(i + 1))
                  }

                """
        default:
            body += """
                  if customer_since < "2020-01-01" -> \(target(i + 1))
                  else -> \(target(i + 1 + rng.below(2)))

                """
        }
        return "step s\(i) {\n\(body)}\n\n"
    }

    /// The shared file both generators write: the opt-out question and every handler, so each
    /// generated script is compliant without warnings. `complaintField` names the capture the
    /// complaint goes into; `thanks` is the goodbye line.
    static func sharedClosing(
        complaintField: String = "complaint", thanks: String = "Bedankt voor uw tijd en nog een fijne dag."
    ) -> String {
        """
        # Shared closing and handlers for the synthetic scripts.

        step goodbye {
          ask optout "Mogen wij u in de toekomst nog bellen?" {
            yes "Ja, dat mag"      -> bye
            no  "Nee, liever niet" -> no_more_calls
          }
        }

        step bye {
          say "\(thanks)"
          end
        }

        step no_more_calls {
          record objection
          say "Ik heb genoteerd dat wij u niet meer bellen. Nog een fijne dag."
          end
        }

        on objection {
          record objection
          say "Ik heb genoteerd dat wij u niet meer bellen."
          transfer optout "Ik verbind u door met ons keuzemenu waarin u uw bezwaar kunt bevestigen."
        }

        on voicemail {
          hangup
        }

        on complaint {
          capture \(complaintField) "Wat is uw klacht? Ik noteer hem letterlijk."
          say "Uw klacht wordt binnen vijf werkdagen behandeld."
          -> goodbye
        }

        on minor {
          say "Dan beëindig ik dit gesprek. Fijne dag nog."
          end
        }

        on source-question {
          say "U gaf ons toestemming om u te bellen; op mijn scherm zie ik wanneer en hoe."
          -> goodbye
        }

        on vulnerable {
          say "Ik merk dat dit nu niet goed uitkomt. Ik bied u verder niets aan; nog een fijne dag."
          end
        }

        """
    }
}
