import Testing

@testable import CallscriptMachine

@Suite struct HugePageHeapTests {
    private let mib = 1 << 20

    /// The advice starts at the first 2 MiB boundary of the new heap, never below it (those
    /// pages hold blocks already in use), and runs to the heap's end.
    @Test func adviceCoversTheNewHeapFromItsFirstHugePageBoundary() {
        let base = 0x5600_0000_0000
        #expect(HugePageHeap.wholeHugePages(from: base, to: base + 10 * mib) == base..<(base + 10 * mib))
        #expect(
            HugePageHeap.wholeHugePages(from: base + 4096, to: base + 10 * mib) == (base + 2 * mib)..<(base + 10 * mib))
        #expect(
            HugePageHeap.wholeHugePages(from: base + 2 * mib - 1, to: base + 2 * mib + 1)
                == (base + 2 * mib)..<(base + 2 * mib + 1))
    }

    /// A heap that did not grow past a boundary gets no advice.
    @Test func noAdviceWithoutABoundaryInTheNewHeap() {
        let base = 0x5600_0000_0000
        #expect(HugePageHeap.wholeHugePages(from: base + 4096, to: base + mib) == nil)
        #expect(HugePageHeap.wholeHugePages(from: base, to: base) == nil)
        #expect(HugePageHeap.wholeHugePages(from: base + 2 * mib, to: base) == nil)
    }
}
