import CallscriptMachine
import Dispatch
import Testing

@Suite struct ParallelMapTests {
    /// Jobs that finish in a scrambled order still come back in index order, each exactly once.
    @Test func resultsAreInJobOrderWhateverFinishesFirst() {
        for count in [0, 1, 2, 3, 17, 200] {
            let results = ParallelMap.map(count) { index -> Int in
                // Later jobs finish first: a few microseconds of sleep inversely to the index.
                usleepForScramble((count - index) % 7)
                return index * index
            }
            #expect(results == (0..<count).map { $0 * $0 })
        }
    }
}

private func usleepForScramble(_ units: Int) {
    let deadline = DispatchTime.now().uptimeNanoseconds + UInt64(units) * 20_000
    while DispatchTime.now().uptimeNanoseconds < deadline {}
}
