import CallscriptDiagnostics
import CallscriptMachine

/// The header, content and dated rules of `nl-telemarketing` (its run-time data is in
/// `NLTelemarketingGates.swift`).
extension NLTelemarketing {
    /// The day the customer exception ends for all but the exempt sectors.
    public static let customerExceptionEnds = CalendarDate(year: 2026, month: 7, day: 1)
    /// The sectors that keep the customer relation as a basis after 2026-07-01: `charity`
    /// (charitable organisations), `ideal` (ideële organisaties: associations, political parties,
    /// foundations with a non-commercial aim), `charity-lottery` (a goededoelenloterij licensed
    /// under art. 3 Wet op de kansspelen) and `press` (publishers of newspapers, weeklies and
    /// magazines). A plain `lottery` is not exempt.
    public static let customerExceptionSectors: Set<String> = ["charity", "ideal", "charity-lottery", "press"]
    public static let maxCustomerMonths = 36

    public static let identifyContent = Rule(
        id: "NL-IDENTIFY-CONTENT", severity: .error, check: .identifyNamesParties(includingPrincipal: true),
        documentation: RuleDocumentation(
            title: "say who is calling and on whose behalf",
            requires: """
                Every `identify` names the company (`{company}` or its literal name) and, when a `principal` is \
                declared, the principal (`{principal}` or its literal name).
                """,
            source: """
                Code Telemarketing (2012 numbering, via the SRC checklist, citing NRC art. 8.4.s): name the caller \
                and the advertiser on whose behalf the call is made; a bureau must name the advertiser \
                (https://www.checksrc.nl/check/telemarketing/checklist/; https://business.gov.nl/regulation/telesales/).
                """,
            proves: """
                Every `identify` statement in the machine (reachable or not, from any file brought in with \
                `use`) contains the `{company}` placeholder or the company's name, and, when the header declares \
                a `principal`, the `{principal}` placeholder or the principal's name. Names match as whole words, \
                ignoring case, spacing and a trailing legal form ("Zonnig Energie" names "Zonnig Energie B.V."). \
                One diagnostic per `identify` that lacks a name; there is no path, the statement itself is wrong.
                """,
            failing: base.header(
                "company", "company \"Zonnig Energie B.V.\"\n  principal \"Groene Stroom Nederland\""
            ),
            fixed: base.header(
                "company", "company \"Zonnig Energie B.V.\"\n  principal \"Groene Stroom Nederland\""
            )
            .replacing(
                "step intro",
                with: """
                    step intro {
                      identify "Goedemiddag, u spreekt met {agent} van {company}, namens {principal}."
                      disclose purpose "Ik bel u over een aanbod voor uw energiecontract."
                      ask convenient "Komt het u nu gelegen?" {
                        yes "Ja" -> offer
                        no  "Nee" -> goodbye
                      }
                    }
                    """
            )))

    public static let callerID = Rule(
        id: "NL-CALLER-ID", severity: .error, check: .callerID(CallerIDRule(premiumPrefixes: ["3190"])),
        documentation: RuleDocumentation(
            title: "call from a visible number people can call back",
            requires: """
                `caller-id` is a valid, dialable number (E.164 after removing spaces and dashes, country code \
                present, plausible length), never hidden or anonymous, written without a trunk 0 after the country \
                code, and not a premium-rate number (+31 90x: 0900, 0906, 0909).
                """,
            source: """
                Telecommunicatiewet art. 11.7 (2021, anonymous calling banned, https://www.security.nl/posting/710209) \
                and Code Telemarketing 2020/2024: a recognisable number that can be called back \
                (https://www.reclamecode.nl/news/herziene-code-telemarketing/; \
                https://ddma.nl/kennisbank/dit-gaat-er-veranderen-met-de-inwerkingtreding-van-de-herziene-code-telemarketing/). \
                ConsuWijzer (checked 2026-12-01): the number can be called back "tegen uw normale belkosten of \
                gratis", so a premium-rate 090x number is refused \
                (https://www.consuwijzer.nl/telemarketing-wanneer-mag-een-bedrijf-u-bellen).
                """,
            proves: """
                The header's `caller-id` is read by the same phone-number scanner the runner uses for contacts, so \
                every Unicode space (no-break and narrow spaces too), dash, dot and slash between the digits is a \
                separator. It must then be `+` followed by 8 to 15 digits, the first not 0, and not be a word for a \
                withheld number (anonymous, hidden, private, unknown, withheld, restricted, anoniem, verborgen, \
                onbekend, ...). A national number (`020 …`), `00` instead of `+` and a trunk 0 after the country \
                code (`+31 030 …`, `+31 (0)30 …`) are errors with a fix-it that shows the number written \
                correctly; a Dutch premium-rate number (`+31 90…`) is an error. Messages show the number as \
                written, with invisible characters spelled out (`\\u{A0}`). Whether the number is published and \
                answered is a run-time matter and not checked here.
                """,
            failing: base.header("caller-id", "caller-id \"anonymous\""),
            fixed: base))

    public static let customerTerm = Rule(
        id: "NL-CUSTOMER-TERM", severity: .error, check: .customerTerm(maxMonths: maxCustomerMonths),
        documentation: RuleDocumentation(
            title: "the customer term is at most 36 months",
            requires: "`audience customers N months` has N ≤ 36.",
            source: """
                Code Telemarketing 2020: from 1 June 2020 the customer term (klanttermijn) is at most three years \
                after the contract, donation or last purchase ends, unless a Balanstoets allows longer \
                (https://www.reclamecode.nl/news/herziene-code-telemarketing/; https://balanstoetstelemarketing.nl/).
                """,
            proves: """
                When the header says `audience customers N months`, N is at most 36. Whether a contact's last \
                purchase lies within N months is checked by the runner before each call (NL-GATE-BASIS).
                """,
            failing: ExampleScript.nlPress.header("audience", "audience customers 48 months"),
            fixed: ExampleScript.nlPress))

    public static let customerException = Rule(
        id: "NL-CUSTOMER-EXCEPTION", severity: .error,
        check: .customerException(from: customerExceptionEnds, exemptSectors: customerExceptionSectors),
        documentation: RuleDocumentation(
            title:
                "from 2026-07-01 only charities, ideële organisations, charity lotteries and the press may call customers without consent",
            requires: """
                From 2026-07-01 the customer exception applies only to `sector charity` (charitable \
                organisations), `sector ideal` (ideële organisaties: associations, political parties and other \
                organisations with a non-commercial aim), `sector charity-lottery` (a goededoelenloterij, a \
                lottery licensed under art. 3 Wet op de kansspelen that gives its proceeds to good causes) and \
                `sector press` (publishers of newspapers, weeklies and magazines); other sectors need \
                `audience opt-in`, and a plain `sector lottery` gets an error that says why. `audience business` \
                (legal persons) needs neither. The date the check uses is today unless `--on DATE` is given.
                """,
            source: """
                Energiewet amendments Kamerstuk 36 378 nr. 85 (Flach) and nr. 86 (Postma, lotteries), adopted \
                4 June 2024, end the customer-relation ground of Telecommunicatiewet art. 11.7 except for ideële \
                and charitable organisations, charity lotteries (art. 3 Wet op de kansspelen) and publishers of \
                newspapers, weeklies and magazines; start date 1 July 2026 set by the minister's letter of May 2025 \
                (sources checked 2026-12-01: https://dmcc.nl/nieuws/amendement-energiewet-maakt-einde-aan-klantrelatie-telemarketing/; \
                https://www.security.nl/posting/887912; https://deltaadvisory.nl/telemarketing-uw-klant-niet-meer-ongevraagd-bellen). \
                The final wording of the amended art. 11.7 was not retrieved. Legal persons are outside the \
                opt-in (RVO, https://ondernemersplein.kvk.nl/verkoop-per-telefoon-telemarketing/).
                """,
            proves: """
                When checked on or after 2026-07-01, a header with `audience customers ...` has a `sector` of \
                `charity`, `ideal`, `charity-lottery` or `press`. `sector lottery` gets its own message pointing \
                to `charity-lottery`. Before that date the rule reports nothing. The date is the `--on` date, or \
                today. Whether the organisation really is what its sector says is not checked.
                """,
            failing: base.header("audience", "audience customers 36 months"),
            fixed: base))
}
