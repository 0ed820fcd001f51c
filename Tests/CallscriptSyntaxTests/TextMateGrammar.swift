import Foundation

/// A small TextMate grammar interpreter for tests: enough of the format (match, begin/end,
/// captures, includes, nested patterns) to check what scopes one line of text gets.
struct TextMateGrammar {
    struct Token: Equatable {
        var text: String
        var scope: String
    }

    final class Rule {
        var name: String?
        var match: NSRegularExpression?
        var begin: NSRegularExpression?
        var end: NSRegularExpression?
        var captures: [Int: String] = [:]
        var patterns: [Rule] = []
        init() {}
    }

    let scopeName: String
    private(set) var problems: [String] = []
    private(set) var regexCount = 0
    private var rules: [Rule] = []

    init(data: Data) throws {
        guard let root = try JSONSerialization.jsonObject(with: data) as? [String: Any] else {
            throw CocoaError(.propertyListReadCorrupt)
        }
        scopeName = root["scopeName"] as? String ?? ""
        let repository = root["repository"] as? [String: Any] ?? [:]
        rules = build(root["patterns"] as? [Any] ?? [], repository: repository, depth: 0)
    }

    private mutating func regex(_ pattern: Any?, _ location: String) -> NSRegularExpression? {
        guard let pattern = pattern as? String else { return nil }
        regexCount += 1
        do {
            return try NSRegularExpression(pattern: pattern, options: [.anchorsMatchLines])
        } catch {
            problems.append("\(location): regex '\(pattern)' does not compile")
            return nil
        }
    }

    private mutating func build(_ patterns: [Any], repository: [String: Any], depth: Int) -> [Rule] {
        guard depth < 10 else {
            problems.append("includes nested too deeply")
            return []
        }
        var out: [Rule] = []
        for case let entry as [String: Any] in patterns {
            if let include = entry["include"] as? String {
                guard include.hasPrefix("#"), let target = repository[String(include.dropFirst())] as? [String: Any]
                else {
                    problems.append("unknown include \(include)")
                    continue
                }
                out += build([target], repository: repository, depth: depth + 1)
                continue
            }
            let rule = Rule()
            rule.name = entry["name"] as? String
            rule.match = regex(entry["match"], rule.name ?? "match")
            rule.begin = regex(entry["begin"], rule.name ?? "begin")
            rule.end = regex(entry["end"], rule.name ?? "end")
            for (key, value) in entry["captures"] as? [String: Any] ?? [:] {
                if let index = Int(key), let name = (value as? [String: Any])?["name"] as? String {
                    rule.captures[index] = name
                }
            }
            rule.patterns = build(entry["patterns"] as? [Any] ?? [], repository: repository, depth: depth + 1)
            if rule.match == nil && rule.begin == nil {
                out += rule.patterns // a plain group of patterns
            } else {
                out.append(rule)
            }
        }
        return out
    }

    /// The scoped pieces of one line, outermost first for begin/end rules.
    func tokenize(_ line: String) -> [Token] {
        let text = line as NSString
        return scan(text, from: 0, to: text.length, rules: rules)
    }

    private func scan(_ text: NSString, from start: Int, to limit: Int, rules: [Rule]) -> [Token] {
        var tokens: [Token] = []
        var position = start
        while position < limit {
            var best: (rule: Rule, match: NSTextCheckingResult)?
            for rule in rules {
                guard let regex = rule.match ?? rule.begin,
                    let found = regex.firstMatch(
                        in: text as String, range: NSRange(location: position, length: limit - position))
                else { continue }
                if best == nil || found.range.location < (best?.match.range.location ?? Int.max) {
                    best = (rule, found)
                }
            }
            guard let (rule, found) = best else { break }
            for (index, scope) in rule.captures where index < found.numberOfRanges {
                let range = found.range(at: index)
                if range.location != NSNotFound, range.length > 0 {
                    tokens.append(Token(text: text.substring(with: range), scope: scope))
                }
            }
            var next = found.range.location + found.range.length
            if rule.begin != nil, let end = rule.end {
                let closing = end.firstMatch(in: text as String, range: NSRange(location: next, length: limit - next))
                let innerEnd = closing?.range.location ?? limit
                let inner = innerEndOfNested(text, from: next, to: innerEnd, rule: rule)
                let stop = inner.stop
                let closeMatch =
                    stop == innerEnd
                    ? closing : end.firstMatch(in: text as String, range: NSRange(location: stop, length: limit - stop))
                let wholeEnd = closeMatch.map { $0.range.location + $0.range.length } ?? limit
                if let name = rule.name {
                    tokens.append(
                        Token(
                            text: text.substring(
                                with: NSRange(location: found.range.location, length: wholeEnd - found.range.location)),
                            scope: name))
                }
                tokens += inner.tokens
                next = wholeEnd
            } else if let name = rule.name {
                tokens.append(Token(text: text.substring(with: found.range), scope: name))
            }
            position = max(next, position + (found.range.length == 0 ? 1 : 0))
        }
        return tokens
    }

    /// Scans a begin/end body: inner patterns win over the end pattern when they start first
    /// (so an escaped quote does not end a string).
    private func innerEndOfNested(_ text: NSString, from start: Int, to _: Int, rule: Rule) -> (
        tokens: [Token], stop: Int
    ) {
        guard let end = rule.end else { return ([], start) }
        var tokens: [Token] = []
        var position = start
        while position <= text.length {
            let closing = end.firstMatch(
                in: text as String, range: NSRange(location: position, length: text.length - position))
            let closeAt = closing?.range.location ?? text.length
            var best: (rule: Rule, match: NSTextCheckingResult)?
            for inner in rule.patterns {
                guard let regex = inner.match,
                    let found = regex.firstMatch(
                        in: text as String, range: NSRange(location: position, length: text.length - position)),
                    found.range.location < closeAt
                else { continue }
                if best == nil || found.range.location < (best?.match.range.location ?? Int.max) {
                    best = (inner, found)
                }
            }
            guard let (inner, found) = best else { return (tokens, closeAt) }
            if let name = inner.name { tokens.append(Token(text: text.substring(with: found.range), scope: name)) }
            position = found.range.location + max(found.range.length, 1)
        }
        return (tokens, text.length)
    }
}
