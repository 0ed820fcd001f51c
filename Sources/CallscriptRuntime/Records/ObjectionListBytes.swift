extension ObjectionList {
    /// A whole list's bytes read as the objection gate reads them: the numbers in E.164 form
    /// and how many lines are no number (each of which makes the gate refuse).
    public static func read(_ bytes: [UInt8]) -> (numbers: [String], invalidLines: Int) {
        let scanner = ObjectionListScanner.scanning(bytes)
        return (scanner.numbers.map { "+\($0)" }, scanner.errorCount)
    }
}
