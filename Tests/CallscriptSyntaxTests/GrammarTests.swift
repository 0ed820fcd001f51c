import CallscriptTestSupport
import Foundation
import Testing

@testable import CallscriptSyntax

/// The files in `Grammar/` agree with the lexer and are usable by editors.
@Suite struct GrammarTests {
    static let contextualWords: Set<String> = [
        "text", "number", "yesno", "date", "datetime", "email", "phone", "choice", "purpose", "goods", "basis",
        "price", "term", "withdrawal", "confirmation", "prize", "sale",
    ]

    func grammarFile(_ name: String) throws -> String {
        try String(contentsOf: RepositoryPaths.grammar.appendingPathComponent(name), encoding: .utf8)
    }

    func quotedWords(_ text: Substring) -> [String] {
        let regex = /"([a-z][a-z-]+)"/
        return text.matches(of: regex).map { String($0.output.1) }
    }

    @Test func ebnfKeywordsEqualTheLexersKeywords() throws {
        let ebnf = try grammarFile("callscript.ebnf")
        let begin = try #require(ebnf.range(of: "(* BEGIN RESERVED KEYWORDS *)"))
        let end = try #require(ebnf.range(of: "(* END RESERVED KEYWORDS *)"))
        #expect(quotedWords(ebnf[begin.upperBound..<end.lowerBound]) == Keyword.reservedWords)
    }

    @Test func ebnfUsesNoUnlistedWords() throws {
        let ebnf = try grammarFile("callscript.ebnf")
        let keywords = Set(Keyword.reservedWords)
        let unknown = Set(quotedWords(ebnf[...])).subtracting(keywords).subtracting(Self.contextualWords)
        #expect(unknown.isEmpty, "words in the EBNF that are neither keywords nor contextual: \(unknown.sorted())")
        // Every keyword is used by some production besides the keyword list itself.
        let begin = try #require(ebnf.range(of: "(* BEGIN RESERVED KEYWORDS *)"))
        let used = Set(quotedWords(ebnf[..<begin.lowerBound]))
        #expect(
            keywords.subtracting(used).isEmpty, "keywords no production uses: \(keywords.subtracting(used).sorted())")
    }

    @Test func textMateGrammarIsValid() throws {
        let grammar = try TextMateGrammar(data: Data(try grammarFile("callscript.tmLanguage.json").utf8))
        #expect(grammar.scopeName == "source.callscript")
        #expect(grammar.regexCount > 15)
        #expect(grammar.problems.isEmpty, "\(grammar.problems)")
    }

    @Test func textMateGrammarScopesAnExampleLine() throws {
        let grammar = try TextMateGrammar(data: Data(try grammarFile("callscript.tmLanguage.json").utf8))
        let tokens = grammar.tokenize(#"  ask convenient "Komt het {when} u \"nu\" gelegen?" { # vraag 1"#)
        #expect(tokens.contains { $0.text == "ask" && $0.scope.hasPrefix("keyword.control") })
        #expect(tokens.contains { $0.text == "convenient" && $0.scope.hasPrefix("keyword") })
        #expect(
            tokens.contains {
                $0.text == #""Komt het {when} u \"nu\" gelegen?""# && $0.scope.hasPrefix("string.quoted.double")
            })
        #expect(tokens.contains { $0.text == "{when}" && $0.scope.hasPrefix("variable.other.placeholder") })
        #expect(tokens.contains { $0.text == #"\""# && $0.scope.hasPrefix("constant.character.escape") })
        #expect(tokens.contains { $0.text == "# vraag 1" && $0.scope.hasPrefix("comment.line") })
        #expect(!tokens.contains { $0.text == "1" }, "a number inside a comment is part of the comment")

        let step = grammar.tokenize("step send_offer {")
        #expect(step.contains { $0.text == "step" && $0.scope.hasPrefix("keyword") })
        #expect(step.contains { $0.text == "send_offer" && $0.scope.hasPrefix("entity.name.function.step") })

        let branch = grammar.tokenize("  if interest == low and budget >= -2.5 -> goodbye")
        #expect(branch.contains { $0.text == "if" && $0.scope.hasPrefix("keyword.control") })
        #expect(branch.contains { $0.text == "==" && $0.scope.hasPrefix("keyword.operator") })
        #expect(branch.contains { $0.text == "and" && $0.scope.hasPrefix("keyword.operator.logical") })
        #expect(branch.contains { $0.text == "-2.5" && $0.scope.hasPrefix("constant.numeric") })
        #expect(branch.contains { $0.text == "goodbye" && $0.scope.hasPrefix("entity.name.function.step") })
        #expect(!branch.contains { $0.text == "interest" }, "field names are not keywords")

        let header = grammar.tokenize(#"  caller-id "+31 20 555 0199"  audience opt-in"#)
        #expect(header.contains { $0.text == "caller-id" && $0.scope.hasPrefix("keyword") })
        #expect(header.contains { $0.text == "opt-in" && $0.scope.hasPrefix("keyword") })

        let field = grammar.tokenize("capture interest: choice(low, high)")
        #expect(field.contains { $0.text == "choice" && $0.scope.hasPrefix("support.type") })
        #expect(
            grammar.tokenize(#"    yes "Ja" -> offer"#).contains {
                $0.text == "yes" && $0.scope.hasPrefix("constant.language")
            })
    }

    @Test func textMateGrammarHighlightsEveryKeyword() throws {
        let grammar = try TextMateGrammar(data: Data(try grammarFile("callscript.tmLanguage.json").utf8))
        for keyword in Keyword.reservedWords {
            let tokens = grammar.tokenize(keyword + " ")
            #expect(
                tokens.contains { $0.text == keyword && $0.scope.hasPrefix("keyword") }, "\(keyword) is not highlighted"
            )
        }
    }
}
