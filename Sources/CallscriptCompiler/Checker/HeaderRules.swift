import CallscriptCompliance
import CallscriptDiagnostics
import CallscriptMachine
import CallscriptSyntax

/// The header rules: one header in the main file, each entry at most once, the required ones
/// present, a known policy, and plain text (no placeholders) in every header string.
extension Checker {
    mutating func checkHeader() {
        guard let header = program.files[0].syntax.header else {
            reporter.report(
                .missingHeader, "the main script has no header", at: Span(0, 0), in: 0,
                help:
                    "start the file with script \"name\" { company \"...\" caller-id \"...\" sector ... audience ... }")
            return
        }
        let headerSpan = Span(header.span.start, header.name.span.end)
        var first: [String: HeaderEntry] = [:]
        var company: String?
        var principal: String?
        var callerID: String?
        var policyName = Vocabulary.defaultPolicy
        var policySpan: Span?
        var sector: String?
        var audience: Audience?
        var language: String?
        var version: Int?
        var recording: Bool?
        var locations: [String: SourceRange] = ["script": reporter.range(headerSpan, in: 0)]
        plainText(header.name, what: "the script name")

        for entry in header.entries {
            let keyword = entry.kind.keyword
            if let earlier = first[keyword] {
                reporter.report(
                    .duplicateHeaderEntry, "'\(keyword)' is given twice in the header", at: entry.keywordSpan, in: 0,
                    related: [reporter.related("first given here", earlier.span, in: 0)],
                    help: "keep one '\(keyword)' line")
                continue
            }
            first[keyword] = entry
            locations[keyword] = reporter.range(entry.span, in: 0)
            switch entry.kind {
            case .company(let text): company = plainText(text, what: "the company name")
            case .principal(let text): principal = plainText(text, what: "the principal's name")
            case .callerID(let text): callerID = plainText(text, what: "the caller ID")
            case .policy(let text):
                policyName = plainText(text, what: "the policy name")
                policySpan = text.span
            case .sector(let name): sector = name.text
            case .audience(.optIn): audience = .optIn
            case .audience(.business): audience = .business
            case .recording: recording = true
            case .audience(.customers(let months)):
                if months.value < 1 {
                    reporter.report(
                        .invalidCustomerTerm, "a customer term of \(months.value) months is not a term",
                        at: months.span,
                        in: 0,
                        help:
                            "write the number of months since the last purchase, such as 'audience customers 36 months'"
                    )
                }
                audience = .customers(months: months.value)
            case .language(let text): language = plainText(text, what: "the language")
            case .version(let number): version = number.value
            }
        }
        program.principalDeclared = principal != nil

        if let policy = Policies.named(policyName) {
            program.policy = policy
        } else {
            let known = Policies.all.map(\.id)
            let span = policySpan ?? headerSpan
            var help = "write one of the known policies"
            if let best = Suggestions.closest(to: policyName, among: known) { help = "did you mean '\(best)'?" }
            reporter.report(
                .unknownPolicy, "unknown policy '\(policyName)'", at: span, in: 0,
                notes: ["the known policies are: \(known.joined(separator: ", "))"], help: help)
        }

        // A header line the parser rejected is missing from the tree; do not call it missing too.
        let headerHasSyntaxError = program.files[0].hasSyntaxError(in: header.span)
        for keyword in Vocabulary.requiredHeaderEntries where first[keyword] == nil && !headerHasSyntaxError {
            reporter.report(
                .missingHeaderEntry, "the header has no '\(keyword)'", at: headerSpan, in: 0,
                help: "add a line such as \(Self.headerExample(keyword)) inside the header")
        }

        guard let company, let callerID, let sector, let audience else { return }
        program.info = ScriptInfo(
            name: header.name.plainText, company: company, principal: principal, callerID: callerID,
            policy: policyName, sector: sector, audience: audience, language: language, version: version,
            recording: recording, locations: locations)
    }

    /// The literal text of a header string; placeholders there would never be filled in.
    @discardableResult
    private mutating func plainText(_ text: TextLiteral, what: String) -> String {
        if let first = text.placeholders.first {
            reporter.report(
                .placeholderNotAllowed, "\(what) cannot contain a placeholder", at: first.span, in: 0,
                help: "write the text literally")
        }
        return text.plainText
    }

    static func headerExample(_ keyword: String) -> String {
        switch keyword {
        case "company": "'company \"Zonnig Energie B.V.\"'"
        case "caller-id": "'caller-id \"+31 20 555 0199\"'"
        case "sector": "'sector energy'"
        default: "'audience opt-in'"
        }
    }
}
