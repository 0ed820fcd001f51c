/// Whole numbers kept in 32 bits and read as `Int`: the graph's per-edge and per-state tables.
///
/// Positions and edge numbers of a machine fit in 32 bits (`MachineLimits`), and at 100,000
/// steps the graph's tables as `[Int]` were 13 MB of the peak memory of `check`. The column
/// can share its storage with the `MachineEdges` the lowering made (no copy).
public struct IntColumn: RandomAccessCollection, Hashable, Sendable {
    @usableFromInline let storage: [Int32]

    public init(_ storage: [Int32]) { self.storage = storage }

    @inlinable public var startIndex: Int { 0 }
    @inlinable public var endIndex: Int { storage.count }
    @inlinable public subscript(_ i: Int) -> Int { Int(storage[i]) }
}
