import CallscriptDiagnostics
import CallscriptSyntax
import Foundation

/// Where the cursor is, as far as completion cares: which block it is in and what the line
/// says before it.
struct CompletionContext {
    enum Block: Equatable {
        case top, header, step, handler, ask
    }

    /// The innermost block around the cursor.
    var block: Block
    /// The line before the cursor, without the word being typed.
    var before: String
    /// True when the cursor is inside a string, after an open `{`.
    var inPlaceholder: Bool
    /// True when the cursor is inside a string (and not in a placeholder).
    var inString: Bool

    init(_ c: DocumentContext) {
        let prefix = c.linePrefix
        let scan = Self.scanString(prefix)
        inString = scan.inString && !scan.inPlaceholder
        inPlaceholder = scan.inPlaceholder
        var trimmed = Substring(prefix)
        while let last = trimmed.last, last.isLetter || last.isNumber || last == "_" || last == "-" {
            trimmed.removeLast()
        }
        before = String(trimmed)
        let lineStart = c.file.lineStarts[c.file.location(ofOffset: c.offset).line - 1]
        block = Self.block(in: SourceFile(path: c.file.path, bytes: Array(c.file.bytes[0..<lineStart])))
    }

    /// Whether the end of a line is inside a string and inside a `{` there.
    private static func scanString(_ line: String) -> (inString: Bool, inPlaceholder: Bool) {
        var inString = false
        var inPlaceholder = false
        var escaped = false
        for ch in line {
            if !inString {
                if ch == "#" { return (false, false) }
                if ch == "\"" { inString = true }
                continue
            }
            if escaped {
                escaped = false
                continue
            }
            switch ch {
            case "\\": escaped = true
            case "\"":
                inString = false
                inPlaceholder = false
            case "{": inPlaceholder.toggle() // `{{` is a literal brace.
            case "}": inPlaceholder = false
            default: break
            }
        }
        return (inString, inPlaceholder)
    }

    /// The block the text of `before` leaves open, from its tokens.
    private static func block(in before: SourceFile) -> Block {
        let tokens = Lexer.tokenize(before).tokens
        var stack: [Block] = []
        var opener: Block = .step
        for token in tokens {
            switch token.kind {
            case .keyword(.script): opener = .header
            case .keyword(.step): opener = .step
            case .keyword(.on): opener = .handler
            case .keyword(.ask): opener = .ask
            case .leftBrace: stack.append(opener)
            case .rightBrace: _ = stack.popLast()
            default: break
            }
        }
        return stack.last ?? .top
    }
}
