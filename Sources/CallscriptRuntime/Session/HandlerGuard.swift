import CallscriptMachine

/// Which events may still start once a protective handler has started. The objection, minor
/// and voicemail handlers end a sales call: whatever the person says next, no other handler may
/// take the call back into the script (a `complaint` handler that jumps into the offer would
/// read a pitch to a person who just objected, or to a child). The handler stays "started" after
/// it jumps into the main flow, until the call ends.
enum HandlerGuard {
    /// Per protective handler, the events that can still apply. The person can always hang up;
    /// a child can still object (the objection handler records it and sells nothing).
    static let allowed: [CallEvent: Set<CallEvent>] = [
        .objection: [.hangUp],
        .voicemail: [.hangUp],
        .minor: [.hangUp, .objection],
    ]

    /// Why `event` cannot start while the handler `running` has started; nil when it may.
    static func refusal(_ event: CallEvent, running: String?) -> InputRefusal? {
        guard let running, let handler = CallEvent(rawValue: running), let allowed = allowed[handler],
            !allowed.contains(event)
        else { return nil }
        return .eventNotApplicable(event: event, handler: handler)
    }
}
