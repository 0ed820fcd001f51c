import CallscriptDiagnostics
import CallscriptMachine

/// The header, content and dated rules of `nl-telemarketing` (its run-time data is in
/// `NLTelemarketingGates.swift`).
extension NLTelemarketing {
    /// The day the customer exception ends for all but the exempt sectors.
    public static let customerExceptionEnds = CalendarDate(year: 2026, month: 7, day: 1)
    public static let customerExceptionSectors: Set<String> = ["charity", "lottery", "press"]
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
            failingExample: base.header(
                "company", "company \"Zonnig Energie B.V.\"\n  principal \"Groene Stroom Nederland\""
            ).text,
            fixedExample: base.header(
                "company", "company \"Zonnig Energie B.V.\"\n  principal \"Groene Stroom Nederland\""
            )
            .replacing(
                "step intro",
                with: """
                    step intro {
                      identify "Goedemiddag, u spreekt met {agent} van {company}, namens {principal}."
                      ask convenient "Komt het u nu gelegen?" {
                        yes "Ja" -> offer
                        no  "Nee" -> goodbye
                      }
                    }
                    """
            ).text))

    public static let callerID = Rule(
        id: "NL-CALLER-ID", severity: .error, check: .callerID(CallerIDRule()),
        documentation: RuleDocumentation(
            title: "call from a visible number people can call back",
            requires: """
                `caller-id` is a valid, dialable number (E.164 after removing spaces and dashes, country code \
                present, plausible length), never hidden or anonymous.
                """,
            source: """
                Telecommunicatiewet art. 11.7 (2021, anonymous calling banned, https://www.security.nl/posting/710209) \
                and Code Telemarketing 2020/2024: a recognisable number that can be called back \
                (https://www.reclamecode.nl/news/herziene-code-telemarketing/; \
                https://ddma.nl/kennisbank/dit-gaat-er-veranderen-met-de-inwerkingtreding-van-de-herziene-code-telemarketing/).
                """,
            proves: """
                After removing spaces and dashes, the header's `caller-id` is `+` followed by 8 to 15 digits, the \
                first not 0, and is not a word for a withheld number (anonymous, hidden, private, unknown, \
                withheld, restricted, anoniem, verborgen, onbekend, ...). Whether the number is published and \
                answered is a run-time matter and not checked here.
                """,
            failingExample: base.header("caller-id", "caller-id \"anonymous\"").text,
            fixedExample: base.text))

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
            failingExample: ExampleScript.nlPress.header("audience", "audience customers 48 months").text,
            fixedExample: ExampleScript.nlPress.text))

    public static let customerException = Rule(
        id: "NL-CUSTOMER-EXCEPTION", severity: .error,
        check: .customerException(from: customerExceptionEnds, exemptSectors: customerExceptionSectors),
        documentation: RuleDocumentation(
            title: "from 2026-07-01 only charities, lotteries and the press may call customers without consent",
            requires: """
                From 2026-07-01 the customer exception applies only to `sector charity`, `lottery` or `press`; \
                other sectors need `audience opt-in`. The date the check uses is today unless `--on DATE` is given.
                """,
            source: """
                Amendment of Telecommunicatiewet art. 11.7: the customer-relationship exception ends on \
                1 July 2026 except for charities, charity lotteries and newspaper and magazine publishers \
                (https://www.security.nl/posting/887912; https://ddma.nl/kennisbank/telemarketing-ook-opt-in-nodig-bij-bestaande-klanten).
                """,
            proves: """
                When checked on or after 2026-07-01, a header with `audience customers ...` has a `sector` of \
                `charity`, `lottery` or `press`. Before that date the rule reports nothing. The date is the \
                `--on` date, or today.
                """,
            failingExample: base.header("audience", "audience customers 36 months").text,
            fixedExample: base.text))
}
