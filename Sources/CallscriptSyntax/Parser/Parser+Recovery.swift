import CallscriptDiagnostics

/// Panic-mode recovery: after an error, skip to a token where parsing can resume, so one
/// mistake gives one diagnostic. Braces are counted while skipping, so a broken line that
/// opens a block does not make its `}` close the enclosing step.
extension ParserState {
    /// Skips to the next declaration keyword at brace depth zero (or a step/handler/header
    /// keyword at the start of a line, when braces are unbalanced).
    mutating func synchronizeTopLevel() {
        var depth = 0
        while true {
            let token = peek()
            switch token.kind {
            case .endOfFile:
                return
            case .leftBrace:
                depth += 1
            case .rightBrace:
                // A `}` at depth zero closes nothing; the caller reports it.
                if depth == 0 { return }
                depth -= 1
            case .identifier where depth == 0 && token.startsLine:
                // Possibly a misspelt declaration keyword: let the caller report it.
                return
            case .keyword(let keyword) where keyword.startsDeclaration:
                if depth == 0 && (token.startsLine || keyword != .capture) { return }
                if token.startsLine && (keyword == .step || keyword == .on || keyword == .script) { return }
            default:
                break
            }
            advance()
        }
    }

    /// Skips to the next header entry keyword, `}` or declaration keyword.
    mutating func synchronizeHeader() {
        while true {
            let token = peek()
            if token.kind == .endOfFile || token.kind == .rightBrace { return }
            if let keyword = token.keyword, keyword.startsHeaderEntry || keyword.startsDeclaration { return }
            if token.startsLine && token.kind == .identifier { return }
            advance()
        }
    }

    /// Skips to the start of the next line in a body (a statement, ending, or name that may
    /// be a misspelt statement), to `}`, or to a declaration keyword.
    mutating func synchronizeBody() {
        var depth = 0
        while true {
            let token = peek()
            switch token.kind {
            case .endOfFile:
                return
            case .leftBrace:
                depth += 1
            case .rightBrace:
                if depth == 0 { return }
                depth -= 1
            default:
                if token.startsLine, let keyword = token.keyword,
                    keyword == .step || keyword == .on || keyword == .script
                {
                    return
                }
                if depth == 0 && token.startsLine {
                    if token.kind == .arrow || token.kind == .identifier || token.kind == .string
                        || token.keyword != nil
                    {
                        return
                    }
                }
            }
            advance()
        }
    }

    /// Skips to the next answer line or the `}` closing the answers.
    mutating func synchronizeAnswers() {
        while true {
            let token = peek()
            if token.kind == .endOfFile || token.kind == .rightBrace { return }
            if token.startsLine && (token.kind == .identifier || token.kind == .string || token.keyword != nil) {
                return
            }
            advance()
        }
    }
}

/// The closest candidate within a small edit distance, for "did you mean" help.
func closestWord(to word: String, in candidates: [String]) -> String? {
    Suggestions.closest(to: word, among: candidates, ignoringCase: true)
}
