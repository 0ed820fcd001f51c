/// "did you mean ...?" for misspelt names, keywords, options and rule IDs: the one place the
/// whole toolchain decides what looks like a typo. Only called when an error is reported, so
/// a script full of typos stays linear.
public enum Suggestions {
    /// The closest candidate within a distance that still looks like a typo, if any. Ties go to
    /// the alphabetically first, so output is deterministic. With `ignoringCase`, `Step` finds
    /// `step` (keywords are lower-case; people type capitals).
    public static func closest<S: Sequence>(to name: String, among candidates: S, ignoringCase: Bool = false) -> String?
    where S.Element == String {
        // A word designers reach for in their own language (`zeg`, `on bezwaar`) is no typo, but
        // the answer is just as clear when its English counterpart is among the candidates.
        if let meant = DesignerWords.english(for: name), candidates.contains(meant) { return meant }
        let target = Array((ignoringCase ? name.lowercased() : name).unicodeScalars)
        // One edit for short words, up to three for long ones (`ended` finds `end`).
        let limit = max(1, min(3, (target.count + 1) / 3))
        var best: (distance: Int, name: String)?
        for candidate in candidates where candidate != name {
            let other = Array((ignoringCase ? candidate.lowercased() : candidate).unicodeScalars)
            if abs(other.count - target.count) > limit { continue }
            let d = distance(target, other, limit: limit)
            guard d <= limit else { continue }
            if let b = best, b.distance < d || (b.distance == d && b.name <= candidate) { continue }
            best = (d, candidate)
        }
        return best?.name
    }

    /// Optimal-string-alignment distance (edits plus swaps of neighbours), stopping early once
    /// every entry of a row exceeds `limit`.
    public static func distance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar], limit: Int = .max) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var before = [Int](repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            var rowMin = current[0]
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                var value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    value = min(value, before[j - 2] + 1)
                }
                current[j] = value
                rowMin = min(rowMin, value)
            }
            if rowMin > limit { return rowMin }
            (before, previous, current) = (previous, current, before)
        }
        return previous[b.count]
    }
}
