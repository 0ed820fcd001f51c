import CallscriptDiagnostics
import Testing

@testable import CallscriptSyntax

@Suite struct LexerTests {
    func kinds(_ text: String) -> [TokenKind] {
        Lexer.tokenize(SourceFile(path: "t.call", text: text)).tokens.map(\.kind)
    }

    @Test func keywordListIsTheAgreedOne() {
        let agreed = """
            script company principal caller-id policy sector audience opt-in customers business months language version recording \
            use contact capture start step on say identify pitch optout disclose record objection ask convenient \
            consent if else and or not is set end hangup callback at transfer
            """
        #expect(Keyword.reservedWords == agreed.split(separator: " ").map(String.init))
    }

    @Test func everyKeywordLexesAsItself() {
        for keyword in Keyword.allCases {
            #expect(kinds(keyword.rawValue) == [.keyword(keyword), .endOfFile], "\(keyword.rawValue)")
        }
    }

    @Test func contextualWordsAreIdentifiers() {
        for word in [
            "yes", "no", "later", "text", "number", "choice", "voicemail", "Step", "caller", "opt", "caller_id",
        ] {
            #expect(kinds(word) == [.identifier, .endOfFile], "\(word)")
        }
    }

    @Test func hyphenatedKeywordsNeedTheWholeWord() {
        #expect(kinds("caller-id opt-in") == [.keyword(.callerID), .keyword(.optIn), .endOfFile])
        let result = Lexer.tokenize(SourceFile(path: "t.call", text: "opt-inx"))
        #expect(result.tokens.map(\.kind) == [.identifier, .identifier, .endOfFile])
        #expect(result.diagnostics.map(\.code) == ["CS0007"])
    }

    @Test func operatorsAndPunctuation() {
        #expect(
            kinds("-> == != < <= > >= = => ( ) { } : ,") == [
                .arrow, .equal, .notEqual, .less, .lessOrEqual, .greater, .greaterOrEqual, .assign, .fatArrow,
                .leftParen, .rightParen, .leftBrace, .rightBrace, .colon, .comma, .endOfFile,
            ])
    }

    @Test func numbers() {
        let source = SourceFile(path: "t.call", text: "3 2.5 -1 36")
        let tokens = Lexer.tokenize(source).tokens.dropLast()
        #expect(tokens.allSatisfy { $0.kind == .number })
        #expect(
            tokens.map { String(decoding: source.bytes[$0.span.start..<$0.span.end], as: UTF8.self) } == [
                "3", "2.5", "-1", "36",
            ])
    }

    @Test func stringEscapesAndBraces() {
        let result = Lexer.tokenize(SourceFile(path: "t.call", text: #""a \"b\" \\ c\nd {{e}} {f}""#))
        #expect(result.diagnostics.isEmpty)
        #expect(
            result.tokens.first.map(result.parts(of:)) == [
                .text("a \"b\" \\ c\nd {e} "), .placeholder(Name("f", span: Span(23, 26))),
            ])
    }

    @Test func onlyStringTokensCarryText() {
        let result = Lexer.tokenize(SourceFile(path: "t.call", text: "say \"hoi\" intro 3"))
        #expect(result.tokens.map { result.parts(of: $0).isEmpty } == [true, false, true, true, true])
    }

    @Test func commentsAreCollectedWithSpans() {
        let result = Lexer.tokenize(SourceFile(path: "t.call", text: "say \"# geen commentaar\" # wel\r\n#tweede"))
        #expect(
            result.comments == [Comment(text: " wel", span: Span(24, 29)), Comment(text: "tweede", span: Span(31, 38))])
        #expect(result.tokens.count == 3)
    }

    @Test func lineStartsAreMarked() {
        let tokens = Lexer.tokenize(SourceFile(path: "t.call", text: "step a {\n  end # x\n}")).tokens
        #expect(tokens.map(\.startsLine) == [true, false, false, true, true, true])
    }

    @Test func unterminatedStringStopsAtTheEndOfTheLine() throws {
        let source = SourceFile(path: "t.call", text: "say \"hoi   \r\nend")
        let result = Lexer.tokenize(source)
        #expect(result.tokens.map(\.kind) == [.keyword(.say), .string, .keyword(.end), .endOfFile])
        let diagnostic = try #require(result.diagnostics.first)
        #expect(diagnostic.code == "CS0001")
        let edit = try #require(diagnostic.fixIts.first?.edits.first)
        #expect(edit.replacement == "\"")
        #expect(edit.range.start.offset == 8)
    }

    @Test func byteOrderMarkIsSkipped() {
        let source = SourceFile(path: "t.call", bytes: [0xEF, 0xBB, 0xBF] + Array("end".utf8))
        let result = Lexer.tokenize(source)
        #expect(result.tokens.map(\.kind) == [.keyword(.end), .endOfFile])
        #expect(result.diagnostics.isEmpty)
    }

    @Test func invalidUTF8IsReportedOnceWithItsPosition() throws {
        let bytes: [UInt8] =
            Array("say \"a".utf8) + [0xFF] + Array("\" # ".utf8) + [0xC0, 0x80] + Array("\nsay \"".utf8) + [
                0xED, 0xA0, 0x80,
            ] + [0x22]
        let result = Lexer.tokenize(SourceFile(path: "t.call", bytes: bytes))
        #expect(result.diagnostics.map(\.code) == ["CS0006"])
        let diagnostic = try #require(result.diagnostics.first)
        #expect(diagnostic.range.start.offset == 6)
        #expect(diagnostic.range.start.line == 1)
        #expect(diagnostic.message.contains("0xFF"))
        #expect(result.tokens.map(\.kind) == [.keyword(.say), .string, .keyword(.say), .string, .endOfFile])
        #expect(result.parts(of: result.tokens[1]) == [.text("a\u{FFFD}")])
    }

    @Test func dutchTextInStringsIsFine() {
        let result = Lexer.tokenize(
            SourceFile(path: "t.call", text: "say \"Dan beëindig ik dit gesprek — fijne dag €\""))
        #expect(result.diagnostics.isEmpty)
        #expect(result.parts(of: result.tokens[1]) == [.text("Dan beëindig ik dit gesprek — fijne dag €")])
    }
}
