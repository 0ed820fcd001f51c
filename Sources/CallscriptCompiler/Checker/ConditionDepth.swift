import CallscriptSyntax

/// Measures a condition's tree depth without recursion. The parser bounds parentheses and
/// `not`, but a long `and`/`or` chain still builds a deep tree; every later phase walks
/// conditions recursively, so the checker refuses trees deeper than `limit` first.
enum ConditionDepth {
    /// Deeper trees are refused; generous next to what a person writes, far from a stack overflow.
    static let limit = 256

    static func exceedsLimit(_ expression: Expression) -> Bool {
        var work: [(Expression, Int)] = [(expression, 1)]
        while let (node, depth) = work.popLast() {
            if depth > limit { return true }
            switch node {
            case .comparison, .isSet: continue
            case .and(let l, let r, _), .or(let l, let r, _):
                work.append((l, depth + 1))
                work.append((r, depth + 1))
            case .not(let inner, _), .group(let inner, _):
                work.append((inner, depth + 1))
            }
        }
        return false
    }
}
