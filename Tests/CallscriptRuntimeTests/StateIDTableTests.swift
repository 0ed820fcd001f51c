import Testing

@testable import CallscriptMachine

/// The table from state IDs to positions that `MachineIndex` builds for every machine: the
/// same answers as a dictionary, and bounded work when every ID collides.
@Suite struct StateIDTableTests {
    /// IDs as compiled machines and hand-written files have them: short, long, repeated,
    /// non-ASCII, empty.
    static func ids(_ count: Int, seed: UInt64) -> [String] {
        var generator = SplitMix(seed: seed)
        let stems = ["intro", "vraag", "on-objection", "een-heel-lange-stapnaam-voor-de-afsluiting", "ü", ""]
        return (0..<count).map { _ in
            let stem = stems[Int(generator.next() % UInt64(stems.count))]
            return "\(stem).\(generator.next() % UInt64(count / 3 + 1))"
        }
    }

    /// What a `[String: Int]` filled backwards gives: the first position of each ID.
    static func expected(_ ids: [String]) -> [String: Int] {
        var first: [String: Int] = [:]
        for (i, id) in ids.enumerated().reversed() { first[id] = i }
        return first
    }

    @Test(arguments: [StateIDTable.Hashing.seeded, .constant])
    func agreesWithADictionary(hashing: StateIDTable.Hashing) {
        let ids = Self.ids(hashing == .seeded ? 5_000 : 1_500, seed: 7)
        let table = StateIDTable(ids, hashing: hashing)
        let first = Self.expected(ids)
        #expect(table.count == first.count)
        #expect(table.duplicates == ids.indices.filter { first[ids[$0]] != $0 })
        for id in ids { #expect(table[id] == first[id]) }
        for absent in ["", "intro", "intro.", "nowhere.1", "intro.1 ", "ü.99999"] where first[absent] == nil {
            #expect(table[absent] == nil)
        }
        #expect(table.isSorted == (hashing == .constant))
    }

    @Test func everyIDCollidingStaysNLogN() {
        // With a hash that sends every ID to one slot an open-addressing table does n²/2
        // probes; this one gives up hashing after `probeLimit` slots and sorts the IDs.
        let n = 20_000
        let ids = (0..<n).map { "step.\($0)" }
        let table = StateIDTable(ids, hashing: .constant)
        #expect(table.isSorted)
        let log2n = Int.bitWidth - n.leadingZeroBitCount
        let bound = 4 * n * log2n
        #expect(table.buildProbes <= bound, "\(table.buildProbes) probes for \(n) colliding IDs")
        var probes = 0
        for id in ids + ["step.-1", "nowhere"] { _ = table.find(id, probes: &probes) }
        #expect(probes <= (n + 2) * (log2n + 1))
        #expect(table["step.12345"] == 12_345)
        #expect(table["step.20000"] == nil)
    }

    @Test func aLookupReadsAFewSlots() {
        let n = 50_000
        let ids = (0..<n).map { "step.\($0)" }
        let table = StateIDTable(ids)
        #expect(!table.isSorted)
        #expect(table.buildProbes <= 4 * n)
        var probes = 0
        for id in ids { _ = table.find(id, probes: &probes) }
        #expect(probes <= 4 * n, "\(probes) probes for \(n) lookups")
    }

    @Test func theGraphOfAMachineWithRepeatedIDsKeepsTheFirst() {
        var machine = Fixtures.winback()
        let first = machine.states[1].id
        machine.states[3].id = first
        let index = MachineIndex(machine)
        #expect(index.index(of: first) == 1)
        #expect(index.position.duplicates == [3])
        #expect(index.position.count == machine.states.count - 1)
    }
}
