import Foundation

extension RecordStore {
    /// The clock of calls on this store, under the one rule for simulated time: real calls read
    /// the real clock; a practice run (`--practice`) marks an empty store as practice (and is
    /// refused on one with real records) and may give the gates a simulated time. A simulated
    /// time on a real store, or a real call on a practice store, is refused. `shownAs` names the
    /// store in the error (the data folder, or the database).
    public func callClock(practice: Bool, simulated: Date?, shownAs name: String) throws(RuntimeError) -> RuntimeClock {
        let mode = try mode()
        guard practice else {
            if simulated != nil { throw .simulatedTimeOnRealData(path: name) }
            if mode == .practice { throw .realCallOnPracticeData(path: name) }
            return .system
        }
        try markAsPractice()
        return .practice(at: simulated)
    }
}
