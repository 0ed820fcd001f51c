import CallscriptDiagnostics
import Foundation
import Testing

@testable import CallscriptLanguageServer

/// The wire format and position conversions, independent of any script.
@Suite struct ProtocolTests {
    @Test func readsMessagesSplitAcrossChunks() throws {
        let body = #"{"jsonrpc":"2.0","id":1,"method":"initialize"}"#
        let framed = Array(frameMessage(Data(body.utf8)))
        var reader = MessageReader()
        reader.append(framed[0..<10])
        #expect(try reader.next() == nil)
        reader.append(framed[10...])
        reader.append(framed)
        #expect(try reader.next() == Array(body.utf8))
        #expect(try reader.next() == Array(body.utf8))
        #expect(try reader.next() == nil)
    }

    @Test func refusesBadHeadersAndHugeLengths() {
        var reader = MessageReader()
        reader.append(Array("Nonsense\r\n\r\n".utf8))
        #expect(throws: MessageReader.ReadError.self) { try reader.next() }
        var huge = MessageReader()
        huge.append(Array("Content-Length: 999999999999\r\n\r\n".utf8))
        #expect(throws: MessageReader.ReadError.tooLarge(999_999_999_999)) { try huge.next() }
    }

    @Test func positionsCountUTF16() {
        // "ë" is 2 bytes in UTF-8 and 1 UTF-16 unit; "😀" is 4 bytes and 2 units.
        let file = SourceFile(path: "a.call", text: "say \"ë😀x\"\nend\n")
        let xOffset = Array(file.bytes).firstIndex(of: UInt8(ascii: "x")) ?? -1
        #expect(LSPPositions.position(file, offset: xOffset) == .object(["line": .number(0), "character": .number(8)]))
        #expect(LSPPositions.offset(file, line: 0, character: 8) == xOffset)
        #expect(LSPPositions.offset(file, line: 1, character: 0) == file.lineStarts[1])
        #expect(LSPPositions.offset(file, line: 99, character: 0) == file.bytes.count)
    }

    @Test func lifecycleAndUnknownMethods() {
        var server = LanguageServer(checker: { _, _ in [] })
        let initialize = server.handle(
            .object(["jsonrpc": .string("2.0"), "id": .number(1), "method": .string("initialize")]))
        #expect(initialize.first?["result"]?["capabilities"]?["documentFormattingProvider"] == .bool(true))
        let unknown = server.handle(.object(["id": .number(2), "method": .string("textDocument/rename")]))
        #expect(unknown.first?["error"]?["code"] == .number(-32601))
        #expect(server.handle(.object(["method": .string("some/notification")])).isEmpty)
        _ = server.handle(.object(["id": .number(3), "method": .string("shutdown")]))
        _ = server.handle(.object(["method": .string("exit")]))
        #expect(server.exitStatus == 0)
    }

    @Test func publishesOnlyTheDocumentsOwnDiagnostics() throws {
        let mine = Diagnostic(
            code: "CS0102", severity: .error, message: "unknown step 'ofer'",
            range: SourceFile(path: "x", text: "step a {\n  -> ofer\n}\n").range(14, 18), help: "did you mean 'offer'?")
        var shared = mine
        shared.range.file = "gedeeld/afsluiting.call"
        let other = shared
        var server = LanguageServer(checker: { _, _ in
            var d = mine
            d.range.file = "campagne.call"
            return [d, other]
        })
        let out = server.handle(
            .object([
                "method": .string("textDocument/didOpen"),
                "params": .object([
                    "textDocument": .object([
                        "uri": .string("file:///tmp/camp/campagne.call"), "text": .string("step a {\n  -> ofer\n}\n"),
                    ])
                ]),
            ]))
        #expect(out.count == 1)
        guard case .array(let items)? = out.first?["params"]?["diagnostics"] else {
            Issue.record("no diagnostics array")
            return
        }
        #expect(items.count == 1)
        #expect(items.first?["code"] == .string("CS0102"))
        #expect(items.first?["range"]?["start"] == .object(["line": .number(1), "character": .number(5)]))
        #expect(items.first?["message"]?.string?.contains("help: did you mean 'offer'?") == true)
    }
}
