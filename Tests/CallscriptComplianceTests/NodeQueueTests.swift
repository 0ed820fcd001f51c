import Testing

@testable import CallscriptCompliance

/// The search's ring queue gives nodes back in the order they were pushed, across growth and
/// wrapping, as the array it replaced did (the search's shortest paths depend on that order).
@Suite struct NodeQueueTests {
    @Test func firstInFirstOutAcrossGrowthAndWrapping() {
        var queue = NodeQueue(capacity: 4)
        var model: [Int32] = []
        var head = 0
        var next: Int32 = 0
        // Pushes outrun pops, then pops catch up, several times: the ring wraps and grows.
        for round in 0..<200 {
            for _ in 0..<(round % 7 + 1) {
                queue.push(next)
                model.append(next)
                next += 1
            }
            for _ in 0..<(round % 5) {
                let expected: Int32? = head < model.count ? model[head] : nil
                if expected != nil { head += 1 }
                #expect(queue.pop() == expected)
            }
            #expect(queue.count == model.count - head)
        }
        while head < model.count {
            #expect(queue.pop() == model[head])
            head += 1
        }
        #expect(queue.pop() == nil)
        #expect(queue.count == 0)
    }
}
