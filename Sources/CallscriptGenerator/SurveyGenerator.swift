/// A second, differently shaped synthetic script, so figures do not hold only for the shape of
/// `ScriptGenerator`: a satisfaction survey after a sale. Where the campaign is a long chain of
/// short steps with loops back, this is a sequence of wide blocks: a question with five answers
/// fanning out to follow-up steps that join again, a numeric score captured and compared in
/// nested conditions over several fields, few loops, longer texts and deeper conditions. It is
/// compliant and deterministic for a seed, and uses the same file names as `ScriptGenerator`.
public struct SurveyGenerator: Sendable {
    /// Blocks of the survey; each block is about four steps, so `steps` is comparable.
    public var steps: Int
    public var seed: UInt64

    public init(steps: Int, seed: UInt64 = 1) {
        self.steps = max(4, steps)
        self.seed = seed
    }

    /// The files of the script: relative path → text.
    public func generate() -> [String: String] {
        [ScriptGenerator.mainFile: mainScript(), ScriptGenerator.sharedFile: closing()]
    }

    private static let topics = [
        "de levering", "de monteur", "de prijs", "de klantenservice", "de app", "de factuur", "de installatie",
    ]

    private var blocks: Int { max(1, steps / 4) }

    private func mainScript() -> String {
        var rng = SeededRandom(seed: seed)
        var out = """
            # Synthetic satisfaction survey generated for benchmarks (seed \(seed), \(blocks) blocks).
            script "Synthetische enquête \(steps)" {
              company "Zonnig Energie B.V."
              caller-id "+31 20 555 0199"
              policy "nl-telemarketing"
              sector energy
              audience opt-in
            }

            contact first_name: text
            contact contract_years: number
            contact region: choice(noord, oost, zuid, west)
            capture score: number purpose "de tevredenheid meten"
            capture remark: text purpose "de opmerking doorgeven aan het team"
            capture callback_at: datetime purpose "op het afgesproken moment terugbellen"

            use "\(ScriptGenerator.sharedFile)"

            start intro

            step intro {
              identify "Goedemiddag {first_name}, u spreekt met {agent} van {company}. Wij bellen over uw recente aankoop."
              disclose purpose "Wij vragen u naar uw tevredenheid over die aankoop."
              ask convenient "Heeft u drie minuten voor een korte enquête?" {
                yes   "Ja"            -> b1
                later "Liever later"  -> plan_callback
                no    "Nee"           -> goodbye
              }
            }

            step plan_callback {
              capture callback_at "Wanneer mogen wij u terugbellen?"
              ask optout "Mag ik u dan terugbellen, of wilt u liever helemaal niet meer gebeld worden?" {
                yes "Ja, belt u maar"       -> call_back
                no  "Nee, niet meer bellen" -> no_more_calls
              }
            }

            step call_back {
              callback at callback_at
            }


            """
        out.reserveCapacity(blocks * 1_400 + 2_000)
        for i in 1...blocks { out += block(i, &rng) }
        return out
    }

    private func next(_ i: Int) -> String { i >= blocks ? "goodbye" : "b\(i + 1)" }

    private func block(_ i: Int, _ rng: inout SeededRandom) -> String {
        let topic = Self.topics[rng.below(Self.topics.count)]
        let join = next(i)
        var out = """
            step b\(i) {
              say "Dan een vraag over \(topic)."
              ask "Hoe tevreden bent u over \(topic)?" {
                "Zeer tevreden" -> b\(i)_good
                "Tevreden" -> b\(i)_good
                "Neutraal" -> b\(i)_score
                "Ontevreden" -> b\(i)_bad
                "Geen mening" -> \(join)
              }
            }

            step b\(i)_good {
              say "Fijn om te horen, {first_name}. Dat geven wij door aan het team van \(topic)."
              -> \(join)
            }

            step b\(i)_score {
              capture score "Welk cijfer van 1 tot 10 geeft u \(topic)?"
              if score >= 8 or (score >= 6 and contract_years > \(1 + rng.below(5))) -> b\(i)_good
              if score < 4 and not (region == noord or region == \(["oost", "zuid", "west"][rng.below(3)])) -> b\(i)_bad
              else -> \(join)
            }

            step b\(i)_bad {
              capture remark "Wat kunnen wij aan \(topic) verbeteren? Ik noteer het letterlijk."
              say "Dank u wel, wij nemen dit serieus."

            """
        if rng.below(4) == 0 {
            out += """
                  ask consent "terugbellen-klachten" "Mag onze klantenservice u hierover terugbellen?" {
                    yes "Ja" -> \(join)
                    no  "Nee" -> \(join)
                  }
                }


                """
        } else {
            out += "  -> \(join)\n}\n\n"
        }
        return out
    }

    private func closing() -> String {
        ScriptGenerator.sharedClosing(
            complaintField: "remark", thanks: "Hartelijk dank voor uw antwoorden en nog een fijne dag.")
    }
}
