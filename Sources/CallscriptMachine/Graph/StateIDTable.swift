/// State IDs to positions: the lookup `MachineIndex` needs for a machine read from a file,
/// whose transitions name their targets by ID.
///
/// Built for hundreds of thousands of IDs read from outside input. The IDs' UTF-8 bytes are
/// stored one after another, and an open-addressing table of 8-byte slots (a 32-bit
/// fingerprint of the hash and the position) finds them: a lookup reads one slot, most often
/// one cache line, and compares bytes only on a matching fingerprint. A `[String: Int]` spent
/// a SipHash and a `String` per key and two scattered buckets per lookup, and outgrew the
/// caches from 10,000 to 100,000 steps.
///
/// The hash is keyed with a random seed per table, so a file cannot be written to collide in
/// it; and whatever the hash does, no search probes more than `probeLimit` slots: if one
/// insertion would need more, the table gives up hashing and sorts the IDs once, so a file
/// made of colliding IDs costs `n log n` comparisons, never `n²`.
public struct StateIDTable: Sendable {
    /// How the slots were hashed; `.constant` (every ID collides) exists for the tests.
    enum Hashing: Sendable { case seeded, constant }

    /// A search gives up after this many slots; a table at most half full needs about two.
    static let probeLimit = 64

    /// The UTF-8 bytes of every ID; ID `i` is `bytes[start[i] ..< start[i + 1]]`.
    private let bytes: [UInt8]
    private let start: [Int32]
    /// `fingerprint << 32 | (position + 1)`; 0 is an empty slot.
    private let slots: [UInt64]
    /// Positions sorted by ID bytes (then position), when hashing was given up; else empty.
    private let sorted: [Int32]
    private let seed: UInt64
    private let hashing: Hashing
    /// Positions of IDs that repeat an earlier state's ID.
    public let duplicates: [Int]
    /// Slots read and bytes compared while building, for the tests (bounded in `n log n`).
    let buildProbes: Int

    /// The table of the states' IDs, in order; of two equal IDs the first one's position is kept.
    public init(states: [State]) {
        // By index: the ID is read in place, the state is not copied. The bytes are counted
        // first so the buffer is allocated once.
        var total = 0
        for i in states.indices { total += states[i].id.utf8.count }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(total)
        var start: [Int32] = [0]
        start.reserveCapacity(states.count + 1)
        for i in states.indices {
            Self.append(states[i].id, to: &bytes)
            start.append(Int32(truncatingIfNeeded: bytes.count))
        }
        self.init(bytes: bytes, start: start, hashing: .seeded)
    }

    /// The table of `ids`, in order.
    public init(_ ids: [String]) { self.init(ids, hashing: .seeded) }

    init(_ ids: [String], hashing: Hashing) {
        var bytes: [UInt8] = []
        var start: [Int32] = [0]
        for id in ids {
            Self.append(id, to: &bytes)
            start.append(Int32(truncatingIfNeeded: bytes.count))
        }
        self.init(bytes: bytes, start: start, hashing: hashing)
    }

    /// An ID's bytes copied in one go (appending the `UTF8View` went through a generic path
    /// that cost more than hashing the ID).
    @inline(__always)
    private static func append(_ id: String, to bytes: inout [UInt8]) {
        let done: Void? = id.utf8.withContiguousStorageIfAvailable { bytes.append(contentsOf: $0) }
        if done == nil { bytes.append(contentsOf: Array(id.utf8)) }
    }

    private init(bytes: [UInt8], start: [Int32], hashing: Hashing) {
        self.hashing = hashing
        seed = hashing == .seeded ? UInt64.random(in: .min ... .max) : 0
        let n = start.count - 1
        self.bytes = bytes
        self.start = start
        var capacity = 16
        while capacity < 2 * n { capacity <<= 1 }
        let built = Self.hashAll(bytes: bytes, start: start, capacity: capacity, seed: seed, hashing: hashing)
        if let built {
            slots = built.slots
            sorted = []
            duplicates = built.duplicates
            buildProbes = built.probes
        } else {
            let order = Self.sortAll(bytes: bytes, start: start)
            slots = []
            sorted = order.sorted
            duplicates = order.duplicates
            buildProbes = order.probes
        }
    }

    /// How many distinct IDs the table holds.
    public var count: Int { start.count - 1 - duplicates.count }

    /// Whether the table gave up hashing and searches sorted IDs.
    var isSorted: Bool { slots.isEmpty && start.count > 1 }

    /// The position of the first state with this ID.
    public subscript(_ id: String) -> Int? {
        var probes = 0
        return find(id, probes: &probes)
    }

    /// The same, counting the slots and IDs read into `probes` (for the tests).
    func find(_ id: String, probes: inout Int) -> Int? {
        if let found = id.utf8.withContiguousStorageIfAvailable({ find(UnsafeRawBufferPointer($0), &probes) }) {
            return found
        }
        return Array(id.utf8).withUnsafeBytes { find($0, &probes) }
    }

    private func find(_ key: UnsafeRawBufferPointer, _ probes: inout Int) -> Int? {
        if start.count == 1 { return nil }
        if !slots.isEmpty {
            return bytes.withUnsafeBytes { all in
                Self.probe(key, Self.hash(key, hashing, seed), slots: slots, all: all, start: start, probes: &probes)
                    .found
            }
        }
        return bytes.withUnsafeBytes { all in
            let at = Self.lowerBound(key, sorted: sorted, all: all, start: start, probes: &probes)
            guard at < sorted.count, Self.compare(Self.id(Int(sorted[at]), all, start), key) == 0 else { return nil }
            return Int(sorted[at])
        }
    }

    // MARK: Hashing

    /// A search for `key`: its position, or the empty slot where it would go; nil for both
    /// when `probeLimit` slots were read (an ID inserted is always within that many slots of
    /// its home, so a key not found by then is absent).
    private static func probe(
        _ key: UnsafeRawBufferPointer, _ h: UInt64, slots: [UInt64], all: UnsafeRawBufferPointer, start: [Int32],
        probes: inout Int
    ) -> (found: Int?, empty: Int?) {
        let fingerprint = h >> 32
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: h) & mask
        for _ in 0..<probeLimit {
            probes += 1
            let entry = slots[slot]
            if entry == 0 { return (nil, slot) }
            if entry >> 32 == fingerprint {
                let position = Int(entry & 0xFFFF_FFFF) - 1
                probes += 1
                if compare(id(position, all, start), key) == 0 { return (position, nil) }
            }
            slot = (slot + 1) & mask
        }
        return (nil, nil)
    }

    /// Every ID into a table of `capacity` slots; nil when a search went past `probeLimit`.
    private static func hashAll(bytes: [UInt8], start: [Int32], capacity: Int, seed: UInt64, hashing: Hashing)
        -> (slots: [UInt64], duplicates: [Int], probes: Int)?
    {
        var slots = [UInt64](repeating: 0, count: capacity)
        var duplicates: [Int] = []
        var probes = 0
        let n = start.count - 1
        let ok = bytes.withUnsafeBytes { all -> Bool in
            for position in 0..<n {
                let key = id(position, all, start)
                let h = hash(key, hashing, seed)
                let (found, empty) = probe(key, h, slots: slots, all: all, start: start, probes: &probes)
                if found != nil {
                    duplicates.append(position)
                } else if let empty {
                    slots[empty] = (h >> 32) << 32 | UInt64(position + 1)
                } else {
                    return false
                }
            }
            return true
        }
        return ok ? (slots, duplicates, probes) : nil
    }

    /// A keyed hash of a short byte string: 8 bytes at a time, each folded into the state
    /// with a full 64x64->128-bit multiply (the wyhash construction), seeded per table.
    @inline(__always)
    static func hash(_ key: UnsafeRawBufferPointer, _ hashing: Hashing, _ seed: UInt64) -> UInt64 {
        guard hashing == .seeded else { return 0 }
        var h = seed ^ (UInt64(key.count) &* 0x9E37_79B9_7F4A_7C15)
        var i = 0
        while i + 8 <= key.count {
            h = mix(h ^ key.loadUnaligned(fromByteOffset: i, as: UInt64.self), 0xA076_1D64_78BD_642F)
            i += 8
        }
        var tail: UInt64 = 0
        var shift: UInt64 = 0
        while i < key.count {
            tail |= UInt64(key[i]) << shift
            shift += 8
            i += 1
        }
        return mix(h ^ tail ^ 0xE703_7ED1_A0B4_28DB, seed ^ 0x8EBC_6AF0_9C88_C6E3)
    }

    @inline(__always)
    private static func mix(_ a: UInt64, _ b: UInt64) -> UInt64 {
        let product = a.multipliedFullWidth(by: b)
        return product.high ^ product.low
    }

    // MARK: Sorted IDs (when hashing was given up)

    private static func sortAll(bytes: [UInt8], start: [Int32]) -> (sorted: [Int32], duplicates: [Int], probes: Int) {
        var probes = 0
        var order = (0..<Int32(truncatingIfNeeded: start.count - 1)).map { $0 }
        bytes.withUnsafeBytes { all in
            order.sort { a, b in
                probes += 1
                let c = compare(id(Int(a), all, start), id(Int(b), all, start))
                return c != 0 ? c < 0 : a < b
            }
        }
        // Equal IDs are now side by side, the first position first: keep it, drop the rest.
        var kept: [Int32] = []
        kept.reserveCapacity(order.count)
        var duplicates: [Int] = []
        bytes.withUnsafeBytes { all in
            for p in order {
                if let last = kept.last, compare(id(Int(last), all, start), id(Int(p), all, start)) == 0 {
                    duplicates.append(Int(p))
                } else {
                    kept.append(p)
                }
            }
        }
        duplicates.sort()
        return (kept, duplicates, probes)
    }

    private static func lowerBound(
        _ key: UnsafeRawBufferPointer, sorted: [Int32], all: UnsafeRawBufferPointer, start: [Int32], probes: inout Int
    ) -> Int {
        var low = 0
        var high = sorted.count
        while low < high {
            probes += 1
            let middle = (low + high) / 2
            if compare(id(Int(sorted[middle]), all, start), key) < 0 { low = middle + 1 } else { high = middle }
        }
        return low
    }

    // MARK: Bytes

    @inline(__always)
    private static func id(_ position: Int, _ all: UnsafeRawBufferPointer, _ start: [Int32]) -> UnsafeRawBufferPointer {
        UnsafeRawBufferPointer(rebasing: all[Int(start[position])..<Int(start[position + 1])])
    }

    /// Byte order, shorter first on a common prefix.
    @inline(__always)
    private static func compare(_ a: UnsafeRawBufferPointer, _ b: UnsafeRawBufferPointer) -> Int {
        let common = min(a.count, b.count)
        var i = 0
        while i < common {
            if a[i] != b[i] { return Int(a[i]) - Int(b[i]) }
            i += 1
        }
        return a.count - b.count
    }
}
