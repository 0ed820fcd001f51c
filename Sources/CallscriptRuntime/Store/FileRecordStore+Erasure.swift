/// Export and erasure of one person in the data folder: `DataExport` and `DataEraser`.
extension FileRecordStore {
    public func export(contact id: String, clock: RuntimeClock) throws(RuntimeError) -> DataExport {
        try DataExport.gather(contact: id, data: folder, clock: clock)
    }

    public func erase(contact id: String, key: AuditKey, agent: String, clock: RuntimeClock) throws(RuntimeError)
        -> ErasureReport
    {
        try DataEraser.erase(contact: id, data: folder, key: key, agent: agent, clock: clock)
    }
}
