import Testing

@testable import CallscriptCompiler

/// The checker's name table against `Dictionary`, the definition it replaces: the same answer
/// for every name added, looked up, or added again, whatever the names' lengths and bytes.
@Suite struct NameIndexTests {
    /// Names like designers write them (`s12`, `plan_callback`), of every length around the
    /// eight-byte words the hash takes, with non-ASCII and empty ones mixed in.
    private func name(_ random: inout SystemRandomNumberGenerator) -> String {
        let alphabet = Array("abcxyz_019") + ["é", "ü", "ß"]
        let length = Int.random(in: 0...20, using: &random)
        return String((0..<length).map { _ in alphabet.randomElement(using: &random) ?? "a" })
    }

    @Test func agreesWithADictionary() {
        var random = SystemRandomNumberGenerator()
        for round in 0..<40 {
            var index = NameIndex()
            var expected: [String: Int] = [:]
            if round % 2 == 0 { index.reserveCapacity(Int.random(in: 0...300, using: &random)) }
            for value in 0..<Int.random(in: 0...600, using: &random) {
                let added = name(&random)
                let earlier = index.insertIfAbsent(added, value)
                #expect(earlier == expected[added], "insert \(added)")
                if expected[added] == nil { expected[added] = value }
                let probe = name(&random)
                #expect(index[probe] == expected[probe], "lookup \(probe)")
            }
            #expect(index.count == expected.count)
            #expect(Set(index.names) == Set(expected.keys))
            for (name, value) in expected { #expect(index[name] == value) }
        }
    }

    /// Names equal up to their last byte, and long names that differ only past the first
    /// eight-byte word, are told apart.
    @Test func namesDifferingLateAreDistinct() {
        var index = NameIndex()
        let names = ["stap_00000001", "stap_00000002", "stap_0000000", "stap_000000010", "abcdefgh", "abcdefghi"]
        for (value, name) in names.enumerated() { #expect(index.insertIfAbsent(name, value) == nil) }
        for (value, name) in names.enumerated() { #expect(index[name] == value) }
        #expect(index["stap_00000003"] == nil)
        #expect(index[""] == nil)
    }
}
