import CallscriptMachine

/// The run-time data of `us-tsr`: hours on the callee's clock, the state overlays and the gates.
extension USTSR {
    /// Every day 08:00–21:00 in the callee's time zone (16 CFR 310.4(c)).
    public static let callingHours = CallingHours(
        windows: Dictionary(
            uniqueKeysWithValues: Weekday.allCases.map { ($0, [TimeWindow(ClockTime(8), ClockTime(21))]) }),
        closedOnPublicHolidays: false, holidayCalendar: nil, agreedCallbacksExempt: false)

    /// 08:00–20:00 every day on the callee's clock, the hours Florida and Oklahoma allow.
    static let eightToEight = CallingHours(
        windows: Dictionary(
            uniqueKeysWithValues: Weekday.allCases.map { ($0, [TimeWindow(ClockTime(8), ClockTime(20))]) }),
        closedOnPublicHolidays: false, holidayCalendar: nil, agreedCallbacksExempt: false)

    /// The state "mini-TCPA" laws: Florida (FTSA, Fla. Stat. 501.059(8), 2021, amended 2023 by SB 1308)
    /// and Oklahoma (OTSA, HB 3168, from 1 November 2022): calls 08:00–20:00 local time and at
    /// most 3 calls to one number in 24 hours on the same subject; both presume the callee is in
    /// the state by the number's area code.
    public static let stateOverlays: [StateOverlay] = [
        StateOverlay(
            state: "FL", name: "Florida",
            areaCodes: [
                "239", "305", "321", "324", "352", "386", "407", "448", "561", "645", "656", "689", "727", "728",
                "754", "772", "786", "813", "850", "863", "904", "941", "954",
            ],
            callingHours: eightToEight, attemptLimit: AttemptLimit(calls: 3, hours: 24),
            source: """
                Florida Telephone Solicitation Act, Fla. Stat. 501.059(8)(a)-(b) as amended by SB 1308 (2023): \
                no calls before 8 a.m. or after 8 p.m. local time, at most 3 calls in 24 hours on the same subject \
                (https://www.dnc.com/news/compliance-refresher-calling-florida-and-oklahoma, read 2026-12-01).
                """),
        StateOverlay(
            state: "OK", name: "Oklahoma", areaCodes: ["405", "539", "572", "580", "918"],
            callingHours: eightToEight, attemptLimit: AttemptLimit(calls: 3, hours: 24),
            source: """
                Oklahoma Telephone Solicitation Act (HB 3168, in force 1 November 2022), 15 O.S. 775C.4: no calls \
                before 8 a.m. or after 8 p.m. local time, at most 3 calls in 24 hours on the same subject \
                (https://app.legiplex.com/ok/legislature/2022/2022-r/bills/hb3168/drafts-latest, read 2026-12-01).
                """),
    ]

    public static let gates: [RuntimeGate] = [
        RuntimeGate(
            id: "US-TSR-GATE-HOURS",
            documentation: RuleDocumentation(
                title: "call only between 8 a.m. and 9 p.m. in the callee's time zone",
                requires: """
                    Calls start between 08:00 and 21:00 local time at the called person's location: in the \
                    contact's `time_zone`, or, without one, in every time zone the number's area code can be in. \
                    A state overlay (Florida, Oklahoma) narrows the hours to 08:00–20:00.
                    """,
                source: """
                    16 CFR 310.4(c) and TCPA 47 CFR 64.1200(c)(1) (read 2026-12-01 via \
                    https://legalclarity.org/what-time-can-telemarketers-start-calling); area codes that span \
                    zones are checked in each, as Amazon Connect's local time-zone detection does. State \
                    overlays: Fla. Stat. 501.059(8) and Oklahoma HB 3168 (see US-TSR-GATE-ATTEMPTS).
                    """,
                proves: "Checked by the runner before each call; not a static property of the script.")),
        RuntimeGate(
            id: "US-TSR-GATE-DNC",
            documentation: RuleDocumentation(
                title: "respect the company and national do-not-call lists",
                requires:
                    "The number is on neither the seller's do-not-call list nor the National Do Not Call Registry.",
                source: "16 CFR 310.4(b)(1)(iii).",
                proves: """
                    Checked by the runner before each call against the objection list (the company's list; \
                    scrub the National Registry into it); not a static property of the script.
                    """)),
        RuntimeGate(
            id: "US-TSR-GATE-ATTEMPTS",
            documentation: RuleDocumentation(
                title: "at most 3 calls in 24 hours to a number in Florida or Oklahoma",
                requires: """
                    When a state overlay with a call limit applies (the contact's `state`, or the number's area \
                    code), fewer than 3 calls to the number started in the last 24 hours.
                    """,
                source: """
                    Florida Telephone Solicitation Act, Fla. Stat. 501.059(8)(b) (2023) and Oklahoma HB 3168 \
                    (2022) (https://www.dnc.com/news/compliance-refresher-calling-florida-and-oklahoma, read \
                    2026-12-01).
                    """,
                proves: """
                    Checked by the runner before each call: every call that starts under the overlay adds an \
                    attempt for the number to the record store, and the gate counts them.
                    """)),
    ]
}
