import CallscriptGenerator
import CallscriptSyntax

/// Grammar-aware mutations for the `check` target (libFuzzer's `LLVMFuzzerCustomMutator` and
/// `LLVMFuzzerCustomCrossOver`, in `Fuzz/Targets/check/main.swift`). Byte-level mutations
/// rarely keep a script parseable long enough to reach the checker, the flow analysis and the
/// verifier; these work on whole lines and blocks, so most results still parse: a step copied
/// under a new name (and jumped to), a keyword swapped for another, a statement or block
/// copied, moved or dropped, a jump pointed at another step, a statement or step spliced in
/// from another script. The script is cut into lines; braces outside strings and comments
/// give each line its depth. Pure and deterministic for a seed, so tests can replay it.
public struct ScriptMutator: Sendable {
    /// One mutation, for the tests and the statistics.
    public enum Kind: CaseIterable, Sendable {
        case duplicateStep, swapKeyword, removeUnit, duplicateUnit, moveUnit, retarget
    }

    /// A line, or a block from the line that opens it to the line that closes it.
    struct Unit: Equatable {
        var lines: Range<Int>
        /// The depth before its first line: 0 for a top-level declaration or step.
        var depth: Int
    }

    let lines: [[UInt8]]
    /// `depths[i]`: the brace depth before line `i` (one more entry, for the end).
    let depths: [Int]
    let units: [Unit]

    public init(_ bytes: [UInt8]) {
        lines = bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).map(Array.init)
        var depths = [0]
        for line in lines { depths.append(max(0, (depths.last ?? 0) + Self.braceDelta(line))) }
        self.depths = depths
        var units: [Unit] = []
        // A line that closes a block is no unit: without its opening line it unbalances the script.
        for i in lines.indices where !Self.isBlank(lines[i]) && depths[i + 1] >= depths[i] {
            var end = i + 1
            if depths[i + 1] > depths[i] {
                while end < lines.count, depths[end] > depths[i] { end += 1 }
            }
            units.append(Unit(lines: i..<min(end, lines.count), depth: depths[i]))
        }
        self.units = units
    }

    /// The depth after each line, for the tests.
    public var depthAfterEachLine: [Int] { Array(depths.dropFirst()) }
    /// The lines of each unit, in order of their first line, for the tests.
    public var unitLines: [Range<Int>] { units.map(\.lines) }

    /// The script after one mutation of `kind` chosen with `random`, or nil when the script has
    /// nothing it applies to (no step to copy, no keyword to swap).
    public func mutated(_ kind: Kind, _ random: inout SeededRandom) -> [UInt8]? {
        switch kind {
        case .duplicateStep:
            let steps = units.filter { $0.depth == 0 && stepName(lines[$0.lines.lowerBound]) != nil }
            guard let step = random.element(steps), let name = stepName(lines[step.lines.lowerBound]) else {
                return nil
            }
            let copy = name + Array("_\(random.below(100))".utf8)
            var body = Array(lines[step.lines])
            body[0] = Self.replacingWord(name, with: copy, in: body[0])
            var out = lines
            // Something should jump to the copy, or it is only an unreachable step.
            let jumps = lines.indices.filter { jumpTarget(lines[$0]) != nil }
            if let j = random.element(jumps), let target = jumpTarget(lines[j]) {
                out[j] = Self.replacingWord(target, with: copy, in: out[j], after: Array("->".utf8))
            }
            out.insert(contentsOf: [[]] + body, at: step.lines.upperBound)
            return Self.joined(out)
        case .swapKeyword:
            let words = Keyword.reservedWords.map { Array($0.utf8) }
            var candidates: [(line: Int, word: Range<Int>)] = []
            for i in lines.indices {
                for range in Self.words(lines[i]) where words.contains(Array(lines[i][range])) {
                    candidates.append((i, range))
                }
            }
            guard let pick = random.element(candidates), let word = random.element(words) else { return nil }
            var out = lines
            out[pick.line].replaceSubrange(pick.word, with: word)
            return Self.joined(out)
        case .removeUnit:
            guard let unit = random.element(units) else { return nil }
            var out = lines
            out.removeSubrange(unit.lines)
            return Self.joined(out)
        case .duplicateUnit:
            guard let unit = random.element(units) else { return nil }
            var out = lines
            out.insert(contentsOf: lines[unit.lines], at: unit.lines.upperBound)
            return Self.joined(out)
        case .moveUnit:
            guard let unit = random.element(units.filter { $0.depth > 0 }) else { return nil }
            var out = lines
            let moved = Array(lines[unit.lines])
            out.removeSubrange(unit.lines)
            let kept = ScriptMutator(Self.joined(out))
            let places = kept.depths.indices.filter { kept.depths[$0] > 0 }
            guard let at = random.element(places) else { return nil }
            out.insert(contentsOf: moved, at: min(at, out.count))
            return Self.joined(out)
        case .retarget:
            let names = units.compactMap { $0.depth == 0 ? stepName(lines[$0.lines.lowerBound]) : nil }
            let jumps = lines.indices.filter { jumpTarget(lines[$0]) != nil }
            guard let j = random.element(jumps), let target = jumpTarget(lines[j]), let name = random.element(names)
            else { return nil }
            var out = lines
            out[j] = Self.replacingWord(target, with: name, in: out[j], after: Array("->".utf8))
            return Self.joined(out)
        }
    }

    /// This script with a unit of `donor` inserted where its depth fits: a top-level
    /// declaration or step between top-level units, a statement or inner block inside a step.
    public func splicing(from donor: ScriptMutator, _ random: inout SeededRandom) -> [UInt8]? {
        guard let unit = random.element(donor.units) else { return nil }
        let places = depths.indices.filter { unit.depth == 0 ? depths[$0] == 0 : depths[$0] > 0 }
        guard let at = random.element(places) else { return nil }
        var out = lines
        out.insert(contentsOf: donor.lines[unit.lines], at: min(at, out.count))
        return Self.joined(out)
    }

    /// The name after `step` on a line that opens a step.
    func stepName(_ line: [UInt8]) -> [UInt8]? {
        let words = Self.words(line)
        guard words.count >= 2, Array(line[words[0]]) == Array("step".utf8) else { return nil }
        return Array(line[words[1]])
    }

    /// The name after the last `->` on a line.
    func jumpTarget(_ line: [UInt8]) -> [UInt8]? {
        guard let arrow = Self.lastRange(of: Array("->".utf8), in: line) else { return nil }
        return Self.words(line).first { $0.lowerBound >= arrow.upperBound }.map { Array(line[$0]) }
    }

    /// How much a line opens (positive) or closes braces, outside strings and `#` comments.
    static func braceDelta(_ line: [UInt8]) -> Int {
        var delta = 0
        var quoted = false
        var curly = false // in “…”, which may hold straight quotes
        var i = 0
        while i < line.count {
            let b = line[i]
            let curlyQuote = b == 0xE2 && i + 2 < line.count && line[i + 1] == 0x80 ? line[i + 2] : 0
            if curly {
                if curlyQuote == 0x9D { curly = false }
            } else if quoted {
                if b == UInt8(ascii: "\\") { i += 1 } else if b == UInt8(ascii: "\"") { quoted = false }
            } else if b == UInt8(ascii: "\"") {
                quoted = true
            } else if curlyQuote == 0x9C {
                curly = true
            } else if b == UInt8(ascii: "#") {
                break
            } else if b == UInt8(ascii: "{") {
                delta += 1
            } else if b == UInt8(ascii: "}") {
                delta -= 1
            }
            i += 1
        }
        return delta
    }

    /// The ranges of the words (letters, digits, `_`, `-` not before `>`) outside strings.
    static func words(_ line: [UInt8]) -> [Range<Int>] {
        var out: [Range<Int>] = []
        var quoted = false
        var start: Int?
        for (i, b) in line.enumerated() {
            let isWordByte =
                !quoted
                && (b >= 0x80 || (b | 0x20 >= UInt8(ascii: "a") && b | 0x20 <= UInt8(ascii: "z"))
                    || (b >= UInt8(ascii: "0") && b <= UInt8(ascii: "9")) || b == UInt8(ascii: "_")
                    || (b == UInt8(ascii: "-") && i + 1 < line.count && line[i + 1] != UInt8(ascii: ">")))
            if isWordByte {
                if start == nil { start = i }
                continue
            }
            if let s = start { out.append(s..<i) }
            start = nil
            if b == UInt8(ascii: "\"") { quoted.toggle() }
            if !quoted, b == UInt8(ascii: "#") { return out }
        }
        if let s = start { out.append(s..<line.count) }
        return out
    }

    static func isBlank(_ line: [UInt8]) -> Bool {
        line.allSatisfy { $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }
    }

    static func lastRange(of needle: [UInt8], in line: [UInt8]) -> Range<Int>? {
        guard line.count >= needle.count else { return nil }
        return stride(from: line.count - needle.count, through: 0, by: -1).lazy
            .map { $0..<$0 + needle.count }.first { Array(line[$0]) == needle }
    }

    /// `line` with the first word equal to `word` (after `marker`, when given) replaced.
    static func replacingWord(_ word: [UInt8], with new: [UInt8], in line: [UInt8], after marker: [UInt8]? = nil)
        -> [UInt8]
    {
        let from = marker.flatMap { lastRange(of: $0, in: line)?.upperBound } ?? 0
        guard let range = words(line).first(where: { $0.lowerBound >= from && Array(line[$0]) == word }) else {
            return line
        }
        var out = line
        out.replaceSubrange(range, with: new)
        return out
    }

    static func joined(_ lines: [[UInt8]]) -> [UInt8] {
        Array(lines.joined(separator: [UInt8(ascii: "\n")]))
    }
}

extension ScriptMutator {
    /// For `LLVMFuzzerCustomMutator`: one grammar mutation of `bytes` chosen by `seed`, or nil
    /// (libFuzzer's own byte mutations run instead) for about two calls in three, when no
    /// mutation applies, or when the result would be longer than `maxSize`.
    public static func mutate(_ bytes: [UInt8], seed: UInt32, maxSize: Int) -> [UInt8]? {
        var random = SeededRandom(seed: UInt64(seed))
        guard random.below(3) == 0, let kind = random.element(Kind.allCases) else { return nil }
        guard let out = ScriptMutator(bytes).mutated(kind, &random), out.count <= maxSize else { return nil }
        return out
    }

    /// For `LLVMFuzzerCustomCrossOver`: `first` with a line or block of `second` spliced in.
    public static func crossOver(_ first: [UInt8], _ second: [UInt8], seed: UInt32, maxSize: Int) -> [UInt8]? {
        var random = SeededRandom(seed: UInt64(seed))
        guard let out = ScriptMutator(first).splicing(from: ScriptMutator(second), &random), out.count <= maxSize
        else { return nil }
        return out
    }
}
