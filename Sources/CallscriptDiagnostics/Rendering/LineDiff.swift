/// A line-by-line difference of two texts (longest common subsequence), and its rendering
/// as a unified diff (`fmt --diff`) or as `-`/`+` lines (`callscript diff`).
public enum LineDiff {
    /// One line of the result: kept, removed from the old text, or added in the new one.
    public enum Line: Hashable, Sendable {
        case same(String)
        case removed(String)
        case added(String)
    }

    /// The edit script from `old` to `new`, removals before additions at each change.
    ///
    /// Common prefix and suffix are stripped first, so the quadratic table covers only the changed
    /// middle (one reformatted block in a long script stays cheap).
    public static func lines(_ old: [String], _ new: [String]) -> [Line] {
        var prefix = 0
        while prefix < old.count, prefix < new.count, old[prefix] == new[prefix] { prefix += 1 }
        var suffix = 0
        while suffix < old.count - prefix, suffix < new.count - prefix,
            old[old.count - 1 - suffix] == new[new.count - 1 - suffix]
        {
            suffix += 1
        }
        let a = Array(old[prefix..<(old.count - suffix)])
        let b = Array(new[prefix..<(new.count - suffix)])
        // lcs[i][j]: length of the longest common subsequence of a[i...] and b[j...].
        var lcs = [[Int]](repeating: [Int](repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in stride(from: a.count - 1, through: 0, by: -1) {
            for j in stride(from: b.count - 1, through: 0, by: -1) {
                lcs[i][j] = a[i] == b[j] ? lcs[i + 1][j + 1] + 1 : max(lcs[i + 1][j], lcs[i][j + 1])
            }
        }
        var result = old[..<prefix].map { Line.same($0) }
        var i = 0
        var j = 0
        while i < a.count || j < b.count {
            if i < a.count, j < b.count, a[i] == b[j] {
                result.append(.same(a[i]))
                i += 1
                j += 1
            } else if i < a.count, j == b.count || lcs[i + 1][j] >= lcs[i][j + 1] {
                result.append(.removed(a[i]))
                i += 1
            } else {
                result.append(.added(b[j]))
                j += 1
            }
        }
        result += old[(old.count - suffix)...].map { Line.same($0) }
        return result
    }

    /// A unified diff (`--- a`, `+++ b`, `@@ -l,n +l,n @@` hunks with `context` lines around
    /// each change), or "" when the texts are equal.
    public static func unified(old: String, new: String, oldName: String, newName: String, context: Int = 3) -> String {
        let diff = lines(split(old), split(new))
        let changed = diff.indices.filter { if case .same = diff[$0] { false } else { true } }
        guard let first = changed.first else { return "" }
        // Group changes whose context overlaps into hunks.
        var hunks: [(Int, Int)] = []
        var start = max(0, first - context)
        var end = min(diff.count, first + context + 1)
        for index in changed.dropFirst() {
            if index - context <= end {
                end = min(diff.count, index + context + 1)
            } else {
                hunks.append((start, end))
                start = max(0, index - context)
                end = min(diff.count, index + context + 1)
            }
        }
        hunks.append((start, end))
        var out = "--- \(oldName)\n+++ \(newName)\n"
        // Line numbers before each index in the old and the new text.
        var oldLine = [Int](repeating: 0, count: diff.count + 1)
        var newLine = [Int](repeating: 0, count: diff.count + 1)
        for (k, line) in diff.enumerated() {
            oldLine[k + 1] = oldLine[k] + (line.isAdded ? 0 : 1)
            newLine[k + 1] = newLine[k] + (line.isRemoved ? 0 : 1)
        }
        for (s, e) in hunks {
            let oldCount = oldLine[e] - oldLine[s]
            let newCount = newLine[e] - newLine[s]
            out += "@@ -\(range(oldLine[s], oldCount)) +\(range(newLine[s], newCount)) @@\n"
            for line in diff[s..<e] {
                switch line {
                case .same(let t): out += " " + t + "\n"
                case .removed(let t): out += "-" + t + "\n"
                case .added(let t): out += "+" + t + "\n"
                }
            }
        }
        return out
    }

    /// `l,n` as unified diffs write it: an empty range names the line before it.
    private static func range(_ before: Int, _ count: Int) -> String {
        count == 0 ? "\(before),0" : "\(before + 1),\(count)"
    }

    /// Lines without their terminators; a final newline does not make an extra empty line.
    static func split(_ text: String) -> [String] {
        var parts = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if parts.last == "" { parts.removeLast() }
        return parts
    }
}

extension LineDiff.Line {
    var isAdded: Bool { if case .added = self { true } else { false } }
    var isRemoved: Bool { if case .removed = self { true } else { false } }
}
