import CallscriptDiagnostics
import CallscriptMachine

/// Policy `nl-telemarketing` (the default): Telecommunicatiewet art. 11.7 and the Dutch
/// Code Telemarketing, as in the project's rule table. Path rules are here; header, content and
/// run-time rules are in the sibling files.
public enum NLTelemarketing {
    public static let id = "nl-telemarketing"

    /// The policy with the values in `rules.md`; a deployment may copy it and change data.
    public static let policy = Policy(
        id: id,
        title: "Dutch telemarketing (Telecommunicatiewet 11.7, Code Telemarketing)",
        rules: [
            identifyFirst, identifyContent, identifyAgent, convenient, purpose, respectNotConvenient, optoutAtEnd,
            optoutAnswer, objection, voicemail, callerID, customerTerm, customerException, complaint, minor,
            dataSource, vulnerable, salesWording,
        ],
        gates: gates,
        callingHours: callingHours,
        timeZone: .fixed("Europe/Amsterdam"))

    static let base = ExampleScript.nlBase

    public static let identifyFirst = Rule(
        id: "NL-IDENTIFY-FIRST", severity: .error, check: .firstSpoken(.identify),
        documentation: RuleDocumentation(
            title: "identify yourself before anything else is said",
            requires: "The first spoken statement on every path from `start` is `identify`.",
            source: """
                Code Telemarketing (2012 numbering, via the SRC checklist, citing NRC art. 8.4.s): the caller \
                identifies at the start, with the caller's name and on whose behalf the call is made \
                (https://www.checksrc.nl/check/telemarketing/checklist/; https://business.gov.nl/regulation/telesales/).
                """,
            proves: """
                On every path of the compiled machine from `start` (every answer, both outcomes of every `if`, \
                every jump, loops included) the first state whose statement is spoken (`say`, `identify`, \
                `pitch`, `optout`, `disclose`, the text of every `ask`, the prompt of every `capture`, the \
                announcement of `transfer optout`) is an `identify`. Silent states (`if`, `record objection`) \
                may come first. Handlers are not part of these paths: they react to the person and have their \
                own rules. The counterexample is a shortest path to the first spoken statement that is not \
                `identify`.
                """,
            failing: base.replacing(
                "step intro",
                with: """
                    step intro {
                      say "Goedemiddag, ik bel u over uw energiecontract."
                      identify "U spreekt met {agent} van {company}."
                      disclose purpose "Ik bel u over een aanbod voor uw energiecontract."
                      ask convenient "Komt het u nu gelegen?" {
                        yes "Ja" -> offer
                        no  "Nee" -> goodbye
                      }
                    }
                    """
            ),
            fixed: base.replacing(
                "step intro",
                with: """
                    step intro {
                      identify "Goedemiddag, u spreekt met {agent} van {company}."
                      disclose purpose "Ik bel u over een aanbod voor uw energiecontract."
                      ask convenient "Komt het u nu gelegen?" {
                        yes "Ja" -> offer
                        no  "Nee" -> goodbye
                      }
                    }
                    """
            )))

    public static let convenient = Rule(
        id: "NL-CONVENIENT", severity: .error,
        check: .questionBefore(
            question: .askConvenient, after: .identify,
            gated: [.pitch, .ask, .capture, .askConsent, .askSale]),
        documentation: RuleDocumentation(
            title: "ask whether the call is convenient before anything else",
            requires: """
                On every path from `start`, `ask convenient` comes after `identify` and before any `pitch`, any \
                other `ask`, any `capture` and any `ask consent`. A `say` between them is allowed (stating the purpose).
                """,
            source: """
                Code Telemarketing (2012 numbering, via the SRC checklist): after identifying, ask whether the \
                call is convenient ("komt het gelegen?") before the conversation continues \
                (https://www.checksrc.nl/check/telemarketing/checklist/).
                """,
            proves: """
                On every path from `start`, the first `ask convenient` comes after some `identify`, and no \
                `pitch`, `ask`, `capture` or `ask consent` comes before the first `ask convenient`. Other \
                statements (`say`, `optout`, `disclose`, `if`) may come in between. A path that ends without \
                any of these statements needs no `ask convenient`. Handlers are not part of these paths. The \
                counterexample ends at the statement that comes too early.
                """,
            failing: base.replacing(
                "step intro",
                with: """
                    step intro {
                      identify "Goedemiddag, u spreekt met {agent} van {company}."
                      disclose purpose "Ik bel u over een aanbod voor uw energiecontract."
                      pitch "Als klant krijgt u twaalf maanden vaste korting op stroom."
                      ask convenient "Komt het u nu gelegen?" {
                        yes "Ja" -> offer
                        no  "Nee" -> goodbye
                      }
                    }
                    """
            ),
            fixed: base))

    public static let respectNotConvenient = Rule(
        id: "NL-RESPECT-NOT-CONVENIENT", severity: .error,
        check: .noneAfterAnswer(
            question: .askConvenient, answers: [.no, .later], forbidden: [.pitch, .askConsent, .askSale]),
        documentation: RuleDocumentation(
            title: "no sales after the person said it is not convenient",
            requires:
                "From a `no` or `later` answer of `ask convenient`, no `pitch` and no `ask consent` is reachable on the same path.",
            source: """
                Code Telemarketing (2012 numbering, via the SRC checklist): when the call is not convenient, end \
                it or agree a concrete callback; do not continue the sales conversation \
                (https://www.checksrc.nl/check/telemarketing/checklist/).
                """,
            proves: """
                On every path from `start` and from the first statement of every handler, once an answer of \
                class `no` or `later` was taken at an `ask convenient`, no later state on the path is a `pitch` \
                or an `ask consent`. The path includes handlers started at any later moment (after any \
                non-terminal statement) and the main flow they jump into, so `on complaint { ... -> offer }` \
                after "Nee" is caught. The counterexample names the declining answer and ends at the first \
                forbidden statement.
                """,
            failing: base.replacing(
                "step intro",
                with: """
                    step intro {
                      identify "Goedemiddag, u spreekt met {agent} van {company}."
                      disclose purpose "Ik bel u over een aanbod voor uw energiecontract."
                      ask convenient "Komt het u nu gelegen?" {
                        yes   "Ja" -> offer
                        later "Liever een ander moment" -> offer
                        no    "Nee" -> goodbye
                      }
                    }
                    """
            ),
            fixed: base.replacing(
                "step intro",
                with: """
                    step intro {
                      identify "Goedemiddag, u spreekt met {agent} van {company}."
                      disclose purpose "Ik bel u over een aanbod voor uw energiecontract."
                      ask convenient "Komt het u nu gelegen?" {
                        yes   "Ja" -> offer
                        later "Liever een ander moment" -> goodbye
                        no    "Nee" -> goodbye
                      }
                    }
                    """
            )))

    public static let optoutAtEnd = Rule(
        id: "NL-OPTOUT-AT-END", severity: .error,
        check: .noticeBeforeEnd(
            notices: [.optout, .askOptout, .transferOptout, .recordObjection], owedAfter: [.pitch],
            exemptEvents: [.minor, .voicemail, .vulnerable]),
        documentation: RuleDocumentation(
            title: "offer the right to object (recht van verzet) in every call",
            requires: """
                Every agent-ended path that spoke anything passes an `optout` or `ask optout` (or ends in \
                `transfer optout`) after its last `pitch`; `record objection` counts as the notice (the person has \
                used the right). Paths that run through the `minor` handler are exempt (the call ends because the \
                person is a child), and so are paths through `vulnerable` (the call ends because the person \
                cannot take part in a sales call).
                """,
            source: """
                Telecommunicatiewet art. 11.7 and ACM: the right to object (recht van verzet) is actively offered \
                in every call, usually at the end, and can be used at any moment (https://www.security.nl/posting/709356; \
                https://www.consuwijzer.nl/telemarketing-wanneer-mag-een-bedrijf-u-bellen). A transfer to the \
                opt-out line counts as the offer (Code Telemarketing 2020, https://www.reclamecode.nl/news/herziene-code-telemarketing/).
                """,
            proves: """
                Every path from `start` or from a handler's first statement that reaches `end`, `hangup` or \
                `callback at` after at least one spoken statement has an `optout`, an `ask optout` or a \
                `record objection` after its last `pitch` (with no \
                pitch: anywhere on the path); a path that ends in `transfer optout` has given the notice. The \
                paths include handlers started after any non-terminal statement, so a pitch followed by \
                `on complaint { ... end }` must still pass an opt-out. Two decisions beyond the rule table: \
                `record objection` also counts as the notice (the person has already used the right the notice \
                announces), and paths through `on voicemail` are exempt like `on minor` (an answering machine is \
                not a person to offer it to; NL-VOICEMAIL makes sure nothing is said). Paths the person cuts \
                short owe nothing. The counterexample ends at the terminal statement.
                """,
            failing: base.closing(
                """
                step goodbye {
                  say "Bedankt voor uw tijd en nog een fijne dag."
                  end
                }
                """
            ),
            fixed: base))

    public static let objection = Rule(
        id: "NL-OBJECTION", severity: .error,
        check: .handler(
            event: .objection,
            obligations: HandlerObligations(
                required: [.recordObjection], forbidden: [.pitch, .askConsent, .askSale], agentEnded: true,
                interruptible: true, notInside: [.voicemail, .minor, .vulnerable])),
        documentation: RuleDocumentation(
            title: "handle an objection at any moment: record it and stop selling",
            requires: """
                An `on objection` handler exists; every path through it passes `record objection`, has no `pitch` \
                and no `ask consent`, and is agent-ended.
                """,
            source: """
                Telecommunicatiewet art. 11.7 and ACM: the right to object can be used at any moment of the call; the \
                number is then never called again and the objection is recorded at once (https://www.security.nl/posting/709356; \
                https://www.consuwijzer.nl/telemarketing-wanneer-mag-een-bedrijf-u-bellen).
                """,
            proves: """
                The machine has an `on objection` handler. On every path from its first statement (into the main \
                flow where it jumps there): no `pitch` or `ask consent` is reached; every path that reaches a \
                terminal (`end`, `hangup`, `callback at`, `transfer optout`) passes `record objection` first; and \
                no state is reached from which no terminal can be reached (a loop without a way out or a dead \
                end). The handler can be started from any state, and what came before does not change these \
                obligations, so they are checked from its first statement. Other handlers may start while it runs \
                (the agent raises `complaint` inside `on objection`), except `voicemail` (no answering machine \
                once a person spoke) and `minor` and `vulnerable` (their own rules forbid the same); the paths continue through \
                them and into the main flow where they jump, so `on complaint { ... -> offer }` raised before the \
                handler's end is a pitch reachable through `on objection`, and one raised before its \
                `record objection` can end the call with the objection unrecorded: put `record objection` first. \
                The counterexample ends at the offending statement and shows the handler started inside \
                (`on complaint`).
                """,
            failing: base.replacing(
                "on objection",
                with: """
                    on objection {
                      say "Ik heb genoteerd dat wij u niet meer bellen."
                      transfer optout "Ik verbind u nu door met ons keuzemenu waarin u uw bezwaar kunt vastleggen."
                    }
                    """
            ),
            fixed: base))

    public static let voicemail = Rule(
        id: "NL-VOICEMAIL", severity: .error,
        check: .handler(event: .voicemail, obligations: HandlerObligations(silent: true)),
        documentation: RuleDocumentation(
            title: "hang up on an answering machine without leaving a message",
            requires:
                "An `on voicemail` handler exists, and no spoken statement is reachable from it: it hangs up without leaving a message.",
            source: """
                Project policy following the Code Telemarketing and Telecommunicatiewet art. 11.7: a message on an \
                answering machine is an unsolicited communication that cannot offer the right to object \
                (see sources.md, section 1.2).
                """,
            proves: """
                The machine has an `on voicemail` handler, and no path from its first statement (into the main \
                flow where it jumps there) reaches a spoken statement. The counterexample ends at the first \
                spoken statement.
                """,
            failing: base.replacing(
                "on voicemail",
                with: """
                    on voicemail {
                      say "U spreekt met {company}. Wij bellen u later nog eens terug."
                      hangup
                    }
                    """
            ),
            fixed: base))

    public static let complaint = Rule(
        id: "NL-COMPLAINT", severity: .warning, check: .handler(event: .complaint, obligations: .existence),
        documentation: RuleDocumentation(
            title: "be ready to take down a complaint",
            requires: "An `on complaint` handler exists.",
            source:
                "Project policy; complaints about telemarketing go to Stichting Reclame Code and ACM (sources.md, section 1.1).",
            proves: "The machine has an `on complaint` handler. What it does is not checked beyond the other rules.",
            failing: base.replacing("on complaint", with: nil),
            fixed: base))

    public static let minor = Rule(
        id: "NL-MINOR", severity: .warning,
        check: .handler(
            event: .minor,
            obligations: HandlerObligations(
                forbidden: [.pitch, .askConsent, .askSale], agentEnded: true, interruptible: true,
                notInside: [.voicemail, .vulnerable])),
        documentation: RuleDocumentation(
            title: "end the call politely when the person is a child",
            requires: "An `on minor` handler exists, and it has no `pitch` and no `ask consent` and is agent-ended.",
            source: """
                Code Telemarketing art. 11 (2012 numbering, via the SRC checklist, NRC Kinder- en Jeugdreclamecode \
                art. 14, checked 2026-12-01): no offers when the person is or seems 16 or younger \
                (https://www.checksrc.nl/check/telemarketing/checklist/); ICC Code art. C16: end politely if the \
                person is a child (http://codescentre.com/icc-code/direct-marketing/use-of-telemarketing.aspx).
                """,
            proves: """
                The machine has an `on minor` handler; no path from its first statement (into the main flow \
                where it jumps there, and through any handler but `voicemail` and `vulnerable` (which has its own \
                rule) started while it runs) reaches a \
                `pitch`, an `ask consent` or an `ask sale`, and no state is reached from which no terminal can be \
                reached. The counterexample ends at the offending statement. A `pitch` or \
                `ask consent` in the handler usually breaks NL-RESPECT-NOT-CONVENIENT as well, because the \
                handler can start after a `no` or `later` answer; the example below sends `no` straight to the \
                opt-out line (a terminal, after which no handler starts) so that it shows this rule alone.
                """,
            failing: ExampleScript.nlDeclineToOptout.replacing(
                "on minor",
                with: """
                    on minor {
                      pitch "Vraag je ouders eens naar onze korting op stroom."
                      end
                    }
                    """
            ),
            fixed: ExampleScript.nlDeclineToOptout))
}
