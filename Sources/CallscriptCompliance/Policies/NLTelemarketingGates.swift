import CallscriptMachine

/// The run-time data of `nl-telemarketing`: the calling hours and the gates the runner checks.
extension NLTelemarketing {
    /// Where the hours come from, with the date the source was read (`sources-2026-12.md`).
    static let hoursSource = """
        Code Telemarketing art. 9 (2012 numbering; the only article text found, read 2026-12-01 via the SRC \
        checklist, https://www.checksrc.nl/check/telemarketing/checklist/): working days 09:00–22:00, Saturday \
        10:00–16:00, and 5 December, 24 December and 4 May only until 18:30. The revised code of \
        15 October 2024 adds commemoration days and national mourning days, in line with the Winkeltijdenwet \
        (DDMA, https://ddma.nl/kennisbank/herziene-code-telemarketing-in-werking-getreden-2, read 2026-12-01). \
        Some secondary sources say 21:00; none found gives an article for it, so 22:00 is the default and the \
        hours stay data a deployment can tighten.
        """

    /// 09:00–22:00 on working days, 10:00–16:00 on Saturday (Code Telemarketing art. 9).
    static let workingDay = [TimeWindow(ClockTime(9), ClockTime(22))]

    /// The part days of art. 9 and the national mourning days declared so far (whole days);
    /// a deployment adds a newly declared one with `GatePolicy.extraClosedDays`.
    public static let closures: [PartDayClosure] = [
        .everyYear(month: 5, day: 4, closesAt: ClockTime(18, 30), name: "Nationale Dodenherdenking"),
        .everyYear(month: 12, day: 5, closesAt: ClockTime(18, 30), name: "Sinterklaasavond"),
        .everyYear(month: 12, day: 24, closesAt: ClockTime(18, 30), name: "Kerstavond"),
        .wholeDay(CalendarDate(year: 2014, month: 7, day: 23), name: "nationale dag van rouw (MH17)"),
    ]

    /// Working days 09:00–22:00, Saturday 10:00–16:00, the part days and mourning days above;
    /// not on Sundays or Dutch public holidays; agreed callbacks are exempt. Data: change it here.
    public static let callingHours = CallingHours(
        windows: [
            .monday: workingDay, .tuesday: workingDay, .wednesday: workingDay, .thursday: workingDay,
            .friday: workingDay, .saturday: [TimeWindow(ClockTime(10), ClockTime(16))],
        ],
        closures: closures, closedOnPublicHolidays: true, holidayCalendar: "nl-public-holidays",
        agreedCallbacksExempt: true)

    public static let gates: [RuntimeGate] = [
        RuntimeGate(
            id: "NL-GATE-OBJECTION",
            documentation: RuleDocumentation(
                title: "never call a number that objected",
                requires: "The number is not on the organisation's objection list.",
                source:
                    "ACM and ConsuWijzer: numbers that used the right to object are never called again (sources.md, N9).",
                proves: "Checked by the runner before each call; not a static property of the script.")),
        RuntimeGate(
            id: "NL-GATE-BASIS",
            documentation: RuleDocumentation(
                title: "call only with verified, current consent or within the customer term",
                requires: """
                    `audience opt-in`: the latest consent record for this campaign's company and purpose is the \
                    person's, is `given`, says how and when it was verified (before the call), and is current: \
                    within its stated term, or, without one, at most 6 months old. `audience customers N months`: \
                    the contact's last purchase or contract end is within N months of today.
                    """,
                source: """
                    Telecommunicatiewet art. 11.7 (opt-in since 1 July 2021); ACM since 1 July 2025: consent is \
                    verified before the call and linked to the person, not a number \
                    (https://www.security.nl/posting/881803, read 2026-12-01); Code Telemarketing of \
                    15 October 2024: a stated term when the first call comes more than 6 months after the \
                    consent, proof within 5 working days \
                    (https://ddma.nl/kennisbank/dit-gaat-er-veranderen-met-de-inwerkingtreding-van-de-herziene-code-telemarketing/, \
                    read 2026-12-01); Code Telemarketing 2020 for the customer term.
                    """,
                proves: """
                    Checked by the runner before each call; not a static property of the script. A consent \
                    without a stated term counts for 6 months from its verification (the runner does not \
                    know whether an earlier call used it, so it takes the stricter reading). \
                    `callscript consent proof` prints the evidence.
                    """)),
        RuntimeGate(
            id: "NL-GATE-HOURS",
            documentation: RuleDocumentation(
                title: "call only at allowed hours",
                requires: """
                    Call only on working days 09:00–22:00 and Saturday 10:00–16:00, Europe/Amsterdam time; on \
                    5 December, 24 December and 4 May only until 18:30; not on Sundays, Dutch public holidays or \
                    national mourning days, unless a planned callback was agreed for that time. The hours are \
                    policy data (`Policy.callingHours`: a day can have several windows and part-day closures).
                    """,
                source: hoursSource,
                proves: "Checked by the runner before each call; not a static property of the script.")),
    ]
}
