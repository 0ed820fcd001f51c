/// What `callscript explain RULE-ID` prints, and the same text as Markdown for
/// `Docs/compliance.md`, both rendered from the policies' rule documentation.
public enum Explain {
    /// A documented rule or run-time gate together with the policy it belongs to.
    public struct Entry: Sendable {
        public var policy: Policy
        public var id: String
        /// The rule's severity, or nil for a run-time gate.
        public var severity: String?
        public var documentation: RuleDocumentation
    }

    /// Every rule and gate ID that `explain` knows, in documentation order.
    public static var ruleIDs: [String] { entries.map(\.id) }

    public static var entries: [Entry] {
        Policies.all.flatMap { policy in
            policy.rules.map {
                Entry(policy: policy, id: $0.id, severity: $0.severity.rawValue, documentation: $0.documentation)
            }
                + policy.gates.map { Entry(policy: policy, id: $0.id, severity: nil, documentation: $0.documentation) }
        }
    }

    /// The entry for an ID, ignoring case.
    public static func entry(_ ruleID: String) -> Entry? {
        let wanted = ruleID.uppercased()
        return entries.first { $0.id.uppercased() == wanted }
    }

    /// The plain-text explanation of a rule, or nil if no shipped policy has it.
    public static func explain(_ ruleID: String) -> String? {
        guard let e = entry(ruleID) else { return nil }
        let d = e.documentation
        let kind = e.severity.map { "\($0), checked statically" } ?? "checked at run time"
        var out = "\(e.id): \(d.title)\n"
        out += "policy \(e.policy.id) (\(e.policy.title)); \(kind)\n\n"
        out += "Requires:\n" + indent(d.requires) + "\n\n"
        out += "Source:\n" + indent(d.source) + "\n\n"
        out += "What the checker proves:\n" + indent(d.proves) + "\n"
        if let failing = d.failingExample {
            out += "\nFailing example:\n" + indent(failing, by: "    ")
        }
        if let fixed = d.fixedExample {
            out += "\nFixed example:\n" + indent(fixed, by: "    ")
        }
        return out
    }

    /// The message for an ID nobody knows, listing the known ones.
    public static func unknownRuleMessage(_ ruleID: String) -> String {
        "unknown rule '\(ruleID)'; known rules: " + ruleIDs.joined(separator: ", ")
    }

    /// `Docs/compliance.md`: the same content as `explain` for every rule, as Markdown.
    public static func markdown() -> String {
        var out = """
            # Compliance rules

            <!-- Generated from the policies in Sources/CallscriptCompliance/Policies by
                 `Explain.markdown()`; a test keeps this file equal to it. Edit the policies, then
                 re-record with CALLSCRIPT_RECORD=1. -->

            `callscript check` proves these rules on every path of the compiled machine;
            `callscript explain RULE-ID` prints one entry of this page.


            """
        out += howItWorks + "\n" + reportsSection
        for policy in Policies.all {
            out += "## Policy `\(policy.id)`\n\n\(policy.title).\n\n"
            out += "| ID | severity | title |\n| --- | --- | --- |\n"
            for e in entries where e.policy.id == policy.id {
                out += "| [\(e.id)](#\(e.id.lowercased())) | \(e.severity ?? "run time") | \(e.documentation.title) |\n"
            }
            out += "\n"
            for e in entries where e.policy.id == policy.id {
                let d = e.documentation
                out += "### \(e.id)\n\n"
                out +=
                    "**\(d.title)** — \(e.severity.map { "\($0), checked statically" } ?? "checked at run time by the runner").\n\n"
                out += "**Requires.** \(d.requires)\n\n"
                out += "**Source.** \(d.source)\n\n"
                out += "**What the checker proves.** \(d.proves)\n\n"
                if let failing = d.failingExample { out += "Failing example:\n\n```\n\(failing)```\n\n" }
                if let fixed = d.fixedExample { out += "Fixed example:\n\n```\n\(fixed)```\n\n" }
            }
        }
        return out
    }

    static let howItWorks = """
        ## How the checker works

        The verifier works on the compiled state machine, not on the syntax tree, so the runner can
        re-verify a machine before it runs it. Each path rule is a small deterministic automaton that
        watches the statements (and the answers taken) along a path. A breadth-first search explores
        the product of the machine with that automaton; each pair (machine state, automaton state) is
        visited once, so a rule costs time and memory linear in automaton states × (states +
        transitions + handlers), whatever the loops and branches. Paths are never enumerated, and
        the search uses explicit arrays, never recursion over the graph.

        **Paths.** A path follows every answer, both outcomes of every `if` (whatever the data) and
        every jump, through loops, and through steps brought in with `use`. Paths start at `start`,
        and, for rules that say so, at the first statement of each handler. For the rules marked
        "handlers start at any moment" (NL-RESPECT-NOT-CONVENIENT, NL-OPTOUT-AT-END), a path may also
        leave any non-terminal statement for the first statement of any handler and continue there
        (and into the main flow if the handler jumps there): this is the agent starting `on EVENT`
        mid-call. Handler interrupts are modelled with one hub per automaton state, which keeps a
        thousand handlers linear.

        **Counterexamples.** Because the search is breadth-first, the path it reports for a breach
        is a shortest one. There is one diagnostic per rule and cause (the statement where the rule
        breaks and how it breaks), not one per path, and at most 25 per rule. The diagnostic points
        at that statement; its related locations are the steps of the path (`step 2: intro.2 "Komt
        het u nu gelegen?" → "Nee"`); a note gives the path on one line (`intro.1 → intro.2: "Nee"
        → goodbye.1 → goodbye.2`). In JSON, `path` is `{entry, steps: [{state, choice, transition}]}`:
        `transition` is the index of the transition taken in that state's `transitions`, so a test
        can replay it. A handler started mid-path is a step with `choice` `on EVENT` and no
        `transition`; the next step is the handler's first statement.

        **Header and content rules** (NL-IDENTIFY-CONTENT, NL-CALLER-ID, NL-CUSTOMER-TERM,
        NL-CUSTOMER-EXCEPTION) point at the header entry (`caller-id`, `audience`, ...) or the
        statement, and carry no path. A missing handler is reported at the script header.

        **How the checker itself is checked.** The test suite compiles every failing example on
        this page and requires exactly its rule (and no other diagnostic), and every fixed example
        without any diagnostic; the same holds for the realistic scripts in
        `Examples/noncompliant`, one per rule. Every counterexample is replayed on the compiled
        machine by transition index and must end at the statement the diagnostic points at. A
        deliberately simple reference checker, sharing no code with the verifier, enumerates
        paths one by one on small machines (paths bounded in length, loops unrolled three times)
        and checks each rule straight from its definition; it must agree with the verifier on every
        path rule, statement by statement and on the length of the shortest counterexample, for
        thousands of random machines and thousands of random scripts compiled by the real compiler.

        """

    private static func indent(_ text: String, by prefix: String = "  ") -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false)
            .map { $0.isEmpty ? "" : prefix + $0 }
            .joined(separator: "\n")
    }
}
