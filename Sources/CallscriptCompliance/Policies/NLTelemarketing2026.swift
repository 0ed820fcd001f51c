import CallscriptDiagnostics
import CallscriptMachine

/// The rules `nl-telemarketing` gained in the December 2026 update (`sources-2026-12.md`):
/// the caller's own name, the purpose before the convenient question, the opt-out offer as a
/// question whose "no" is recorded, and handlers for "where did you get my number?" and for a
/// vulnerable person.
extension NLTelemarketing {
    public static let identifyAgent = Rule(
        id: "NL-IDENTIFY-AGENT", severity: .error, check: .identifyNamesAgent,
        documentation: RuleDocumentation(
            title: "the caller says their own name",
            requires: """
                Every `identify` contains `{agent}`, the name of the agent making the call. A deployment whose \\
                rules do not ask for it builds its policy with `NLTelemarketing.policy.removing(["NL-IDENTIFY-AGENT"])`.
                """,
            source: """
                Code Telemarketing (2012 numbering, via the SRC checklist, citing NRC art. 8.4.s; checked \\
                2026-12-01): at the start of the call give "de naam van de beller" and on whose behalf the call \\
                is made (https://www.checksrc.nl/check/telemarketing/checklist/). German law does not ask for it \\
                (BGH I ZR 244/16), hence a rule a policy can leave out.
                """,
            proves: """
                Every `identify` statement in the machine (reachable or not, from any file brought in with \\
                `use`) contains the `{agent}` placeholder, which the runner fills in with the agent's name. A \\
                name written literally does not count: the agent reading the line is not always that person. \\
                One diagnostic per `identify`; there is no path.
                """,
            failing: base.replacing(
                "step intro",
                with: """
                    step intro {
                      identify "Goedemiddag, u spreekt met {company}."
                      disclose purpose "Ik bel u over een aanbod voor uw energiecontract."
                      ask convenient "Komt het u nu gelegen?" {
                        yes "Ja" -> offer
                        no  "Nee" -> goodbye
                      }
                    }
                    """
            ),
            fixed: base))

    public static let purpose = Rule(
        id: "NL-PURPOSE", severity: .error,
        check: .discloseBefore(disclosure: .topic("purpose"), gated: [.askConvenient]),
        documentation: RuleDocumentation(
            title: "say why you call before asking whether it is convenient",
            requires: "On every path from `start`, a `disclose purpose \"...\"` comes before `ask convenient`.",
            source: """
                Code Telemarketing (2012 numbering, via the SRC checklist; checked 2026-12-01): "Maak meteen \\
                duidelijk wat het doel van het gesprek is. Vraag vervolgens of het gesprek gelegen komt" \\
                (https://www.checksrc.nl/check/telemarketing/checklist/); BW 6:230v (identity and commercial \\
                purpose at the start of a sales call; text not retrieved).
                """,
            proves: """
                On every path from `start`, a `disclose purpose` statement comes before the first `ask convenient`. \\
                A `say` does not count: the purpose is a keyword so the checker can see it. A path without an \\
                `ask convenient` owes nothing here (NL-CONVENIENT reports it). The counterexample ends at the \\
                `ask convenient` reached first.
                """,
            failing: base.replacing(
                "step intro",
                with: """
                    step intro {
                      identify "Goedemiddag, u spreekt met {agent} van {company}."
                      ask convenient "Komt het u nu gelegen?" {
                        yes "Ja" -> offer
                        no  "Nee" -> goodbye
                      }
                    }
                    """
            ),
            fixed: base))

    public static let optoutAnswer = Rule(
        id: "NL-OPTOUT-ANSWER", severity: .error,
        check: .answerObliges(question: .askOptout, answer: .no, obligation: .recordObjection, topic: nil),
        documentation: RuleDocumentation(
            title: "ask whether you may keep calling, and record a no",
            requires: """
                The opt-out offer is a question, `ask optout "..." { yes ... no ... }`, and every path from its \\
                `no` answer passes `record objection` before the call ends. The statement form `optout "..."` \\
                still counts for NL-OPTOUT-AT-END but gets a warning with a fix-it that turns it into the \\
                question (the answer of a statement is not recorded).
                """,
            source: """
                ACM (2021, checked 2026-12-01): ask whether you may keep calling "en leg dit vast" \\
                (https://dmcc.nl/nieuws/acm-klachten-energiewerving-nemen-niet-af/); RVO: ask new and existing \\
                customers in every call whether you may call again and remove objectors \\
                (https://ondernemersplein.kvk.nl/verkoop-per-telefoon-telemarketing/).
                """,
            proves: """
                On every path from `start` and from each handler's first statement, once the `no` answer of an \\
                `ask optout` was taken, a `record objection` comes before the call ends (`end`, `hangup`, \\
                `callback at`, `transfer optout`). The runner records every answer in the audit trail, so a `yes` \\
                is evidence too. Each `optout "..."` statement in a script checked under this policy gets a \\
                warning with this ID and a fix-it that rewrites the rest of its step into the question, a step \\
                for `yes` and a step that records the objection for `no`. The statement form is kept (it \\
                extends, not replaces): old scripts compile, and `transfer optout` and `record objection` remain \\
                notices. The counterexample ends at the terminal reached after "no".
                """,
            failing: base.closing(
                """
                step goodbye {
                  ask optout "Mogen wij u in de toekomst nog bellen?" {
                    yes "Ja, dat mag"       -> bye
                    no  "Nee, liever niet"  -> bye
                  }
                }

                step bye {
                  say "Bedankt voor uw tijd en nog een fijne dag."
                  end
                }
                """
            ),
            fixed: base))

    public static let dataSource = Rule(
        id: "NL-DATA-SOURCE", severity: .warning, check: .handler(event: .sourceQuestion, obligations: .existence),
        documentation: RuleDocumentation(
            title: "be ready to say where the number comes from",
            requires: """
                An `on source-question` handler exists, for "waar heeft u mijn nummer vandaan?". The runner shows \\
                the source of the contact's consent or customer record when the call starts.
                """,
            source: """
                AVG (GDPR) art. 14(2)(f) and 14(3)(b): the source of personal data, at the latest at the first \\
                communication; art. 15(1)(g): the source on request (wording recalled, not retrieved; checked \\
                2026-12-01); ACM: consent is linked to the person \\
                (https://nieuws.nl/economie/20220629/acm-waarschuwt-telemarketeers-moeten-toestemming-kunnen-bewijzen/).
                """,
            proves:
                "The machine has an `on source-question` handler. What it says is not checked beyond the other rules.",
            failing: base.replacing("on source-question", with: nil),
            fixed: base))

    public static let vulnerable = Rule(
        id: "NL-VULNERABLE", severity: .warning,
        check: .handler(
            event: .vulnerable,
            obligations: HandlerObligations(
                forbidden: [.pitch, .askConsent, .askSale], agentEnded: true, interruptible: true,
                notInside: [.voicemail, .minor])),
        documentation: RuleDocumentation(
            title: "stop selling to someone who cannot judge the offer",
            requires: """
                An `on vulnerable` handler exists (the person seems unable to judge the offer: age, language, \\
                understanding), and it has no `pitch`, no `ask consent`, no `ask sale` and is agent-ended.
                """,
            source: """
                ConsuWijzer on energy sales calls: no sale to people who do not understand the offer \\
                (http://www.consuwijzer.nl/energie/klantenwerving/telefonische-verkoop/regels-energieverkoper-telefoongesprek); \\
                Gedragscode Telemarketing: agents are trained to recognise handelingsonbekwame persons (via DMCC; \\
                both checked 2026-12-01).
                """,
            proves: """
                The machine has an `on vulnerable` handler; no path from its first statement (into the main flow \\
                where it jumps there, and through any handler but `voicemail` and `minor` (which has its own \
                rule) started while it runs) reaches a \\
                `pitch`, an `ask consent` or an `ask sale`, and no state is reached from which no terminal can be \\
                reached. The example sends `no` straight to the opt-out line, as for NL-MINOR, so that it shows \\
                this rule alone.
                """,
            failing: ExampleScript.nlDeclineToOptout.replacing(
                "on vulnerable",
                with: """
                    on vulnerable {
                      say "Ik leg het nog één keer rustig uit."
                      -> offer
                    }
                    """
            ),
            fixed: ExampleScript.nlDeclineToOptout))
}
