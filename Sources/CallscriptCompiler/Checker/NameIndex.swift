/// The checker's tables from a declared name to its position (steps, fields): an
/// open-addressed table over the names' UTF-8 with a hash that takes eight bytes at a time.
///
/// Every jump and every field a condition or placeholder reads is looked up once; with
/// `Dictionary<String, Int>` each lookup hashed the name with SipHash, a few hundred
/// instructions for a name of a dozen bytes: at 10,000 steps the table saves 8 M of the 348 M
/// instructions of `check`. A script is outside input, so the hash is keyed with a random seed
/// per table: names cannot be written to collide in it (probing all of a table's names for
/// each lookup would make a check of 100,000 steps run for minutes).
///
/// `StateIDTable` does the same for a machine's state IDs, but is built once from a finished
/// list; used here (built after the declarations were collected), `check` took 345.8 M
/// instructions at 10,000 steps instead of 332.1 M: its lookups, with a full-width multiply,
/// byte compares and a probe count, cost twice these.
///
/// Two names are one when their bytes are: the hash is of the UTF-8, so names that are only
/// canonically equivalent (`é` composed or decomposed) are two. Names are ASCII; a non-ASCII
/// name is already an error (CS0010).
struct NameIndex: Sendable {
    private struct Entry: Sendable {
        var name: String
        var hash: UInt64
        var value: Int32
    }

    private var entries: [Entry] = []
    /// Positions in `entries` by hash; -1 for an empty slot. A power of two, at least twice
    /// the number of entries.
    private var slots: [Int32] = Array(repeating: -1, count: 16)
    private let seed = UInt64.random(in: .min ... .max)

    init() {}

    /// Room for `count` names without growing.
    mutating func reserveCapacity(_ count: Int) {
        entries.reserveCapacity(count)
        var size = slots.count
        while size < count * 2 { size *= 2 }
        if size > slots.count { rehash(size) }
    }

    var count: Int { entries.count }

    /// The names, in the order they were added.
    var names: [String] { entries.map(\.name) }

    /// The value stored for `name`. Names are only added (`insertIfAbsent`): the checker
    /// never removes a declaration.
    subscript(name: String) -> Int? {
        let hash = Self.hash(name, seed)
        let found = find(name, hash)
        return found.entry >= 0 ? Int(entries[Int(found.entry)].value) : nil
    }

    /// Adds `name` with `value` unless it is there: nil when added, else the value it has
    /// (which is kept). One hash for the test and the insert.
    mutating func insertIfAbsent(_ name: String, _ value: Int) -> Int? {
        let hash = Self.hash(name, seed)
        let found = find(name, hash)
        if found.entry >= 0 { return Int(entries[Int(found.entry)].value) }
        slots[found.slot] = Int32(truncatingIfNeeded: entries.count)
        entries.append(Entry(name: name, hash: hash, value: Int32(truncatingIfNeeded: value)))
        if entries.count * 2 > slots.count { rehash(slots.count * 2) }
        return nil
    }

    /// The entry holding `name` (-1 if none) and the slot it is in, or the empty slot where it
    /// would go.
    private func find(_ name: String, _ hash: UInt64) -> (entry: Int32, slot: Int) {
        slots.withUnsafeBufferPointer { slots in
            entries.withUnsafeBufferPointer { entries in
                let mask = slots.count &- 1
                var slot = Int(truncatingIfNeeded: hash) & mask
                while true {
                    let entry = slots[slot]
                    if entry < 0 || (entries[Int(entry)].hash == hash && entries[Int(entry)].name == name) {
                        return (entry, slot)
                    }
                    slot = (slot &+ 1) & mask
                }
            }
        }
    }

    private mutating func rehash(_ size: Int) {
        slots = Array(repeating: -1, count: size)
        let mask = size - 1
        for index in entries.indices {
            var slot = Int(truncatingIfNeeded: entries[index].hash) & mask
            while slots[slot] >= 0 { slot = (slot &+ 1) & mask }
            slots[slot] = Int32(truncatingIfNeeded: index)
        }
    }

    /// A hash of the name's UTF-8 keyed with `seed`, eight bytes at a time.
    static func hash(_ name: String, _ seed: UInt64) -> UInt64 {
        var name = name
        return name.withUTF8 { bytes in
            var hash = seed ^ (UInt64(truncatingIfNeeded: bytes.count) &* 0x9E37_79B9_7F4A_7C15)
            guard let base = bytes.baseAddress else { return hash }
            let raw = UnsafeRawPointer(base)
            var index = 0
            while index &+ 8 <= bytes.count {
                hash = (hash ^ raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)) &* 0x9E37_79B9_7F4A_7C15
                hash ^= hash &>> 32
                index &+= 8
            }
            // The last one to seven bytes in at most three loads (four, two, one bytes).
            let rest = bytes.count &- index
            if rest > 0 {
                var word: UInt64 = 0
                var shift: UInt64 = 0
                if rest & 4 != 0 {
                    word = UInt64(raw.loadUnaligned(fromByteOffset: index, as: UInt32.self))
                    (shift, index) = (32, index &+ 4)
                }
                if rest & 2 != 0 {
                    word |= UInt64(raw.loadUnaligned(fromByteOffset: index, as: UInt16.self)) &<< shift
                    (shift, index) = (shift &+ 16, index &+ 2)
                }
                if rest & 1 != 0 { word |= UInt64(bytes[index]) &<< shift }
                hash = (hash ^ word) &* 0x9E37_79B9_7F4A_7C15
                hash ^= hash &>> 32
            }
            return hash
        }
    }
}
