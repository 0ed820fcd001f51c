import CallscriptMachine

extension CallSession {
    /// The same call continued on another record store: the same state, contact, clock and
    /// basis, with this session's lock and session file now in `store`. For hosts that branch
    /// one conversation into several (script tests continuing a test from its checkpoint): the
    /// caller puts the records the call has made so far into `store` first. This session is
    /// left as it is, so it can be branched again.
    public func branched(onto store: any RecordStore) throws(RuntimeError) -> CallSession {
        var copy = CallSession(
            id: id, context: context, store: store, gatePolicy: gatePolicy, clock: clock, state: state, lease: nil)
        copy.auditKey = auditKey
        copy.basisSource = basisSource
        copy.basis = basis
        if !state.isEnded { copy.lease = try store.lockSession(id) }
        try copy.save()
        return copy
    }
}
