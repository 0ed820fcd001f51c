import CallscriptCompiler
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

    @Test func uriPathsAreDecodedAndUrisEncodedAsEditorsDo() {
        #expect(DocumentURI.path("file:///tmp/winback%20%28kopie%29/w.call") == "/tmp/winback (kopie)/w.call")
        #expect(DocumentURI.path("file:///tmp/winback (kopie)/w.call") == "/tmp/winback (kopie)/w.call")
        #expect(DocumentURI.path("file://localhost/tmp/a.call") == "/tmp/a.call")
        #expect(DocumentURI.path("untitled:Untitled-1") == nil)
        #expect(
            DocumentURI.uri("/tmp/winback (kopie)/wïnback.call")
                == "file:///tmp/winback%20%28kopie%29/w%C3%AFnback.call")
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

    static let none: LanguageServer.Checker = { path, _ in
        CheckedScript(main: path, root: "/", files: [:], diagnostics: [])
    }

    static func request(_ id: Int, _ method: String, _ params: JSONValue = .object([:])) -> JSONValue {
        .object(["jsonrpc": .string("2.0"), "id": .number(Double(id)), "method": .string(method), "params": params])
    }

    @Test func lifecycleAndUnknownMethods() {
        var server = LanguageServer(checker: Self.none)
        // Before `initialize`: requests are refused with ServerNotInitialized, notifications dropped.
        let early = server.handle(Self.request(1, "textDocument/hover"))
        #expect(early.first?["error"]?["code"] == .number(-32002))
        #expect(server.handle(.object(["method": .string("initialized")])).isEmpty)
        let initialize = server.handle(Self.request(2, "initialize"))
        #expect(initialize.first?["result"]?["capabilities"]?["documentFormattingProvider"] == .bool(true))
        #expect(initialize.first?["result"]?["serverInfo"]?["version"] == .string(Compiler.version))
        #expect(server.handle(Self.request(3, "initialize")).first?["error"]?["code"] == .number(-32600))
        let unknown = server.handle(Self.request(4, "textDocument/inlayHint"))
        #expect(unknown.first?["error"]?["code"] == .number(-32601))
        #expect(server.handle(.object(["method": .string("some/notification")])).isEmpty)
        #expect(server.handle(Self.request(5, "shutdown")).first?["result"] == .null)
        // After `shutdown`: InvalidRequest for everything but `exit`.
        let late = server.handle(Self.request(6, "textDocument/documentSymbol"))
        #expect(late.first?["error"]?["code"] == .number(-32600))
        _ = server.handle(.object(["method": .string("exit")]))
        #expect(server.exitStatus == 0)
    }

    @Test func aMalformedHeaderIsSkippedAndTheNextMessageRead() throws {
        let body = #"{"jsonrpc":"2.0","id":1,"method":"initialize"}"#
        var reader = MessageReader()
        reader.append(Array("Nonsense\r\n\r\n".utf8) + Array(frameMessage(Data(body.utf8))))
        #expect(throws: MessageReader.ReadError.self) { try reader.next() }
        #expect(try reader.next() == Array(body.utf8))
        var huge = MessageReader()
        huge.append(Array("Content-Length: 70000000\r\n\r\n".utf8) + [UInt8](repeating: 32, count: 1000))
        #expect(throws: MessageReader.ReadError.tooLarge(70_000_000)) { try huge.next() }
        #expect(try huge.next() == nil)
    }

    @Test func anOutlineEntryNeverHasAnEmptyName() throws {
        var server = LanguageServer(checker: Self.none)
        _ = server.handle(Self.request(1, "initialize"))
        let uri = JSONValue.string("file:///tmp/leeg.call")
        _ = server.handle(
            .object([
                "method": .string("textDocument/didOpen"),
                "params": .object([
                    "textDocument": .object(["uri": uri, "text": .string("script \"\" {\n}\nstep a {\n  end\n}\n")])
                ]),
            ]))
        let symbols = server.handle(
            Self.request(2, "textDocument/documentSymbol", .object(["textDocument": .object(["uri": uri])])))
        guard case .array(let list)? = symbols.first?["result"] else {
            Issue.record("no symbols")
            return
        }
        #expect(list.compactMap { $0["name"]?.string } == ["(script without a name)", "a"])
    }

    @Test func aProblemInAUsedFileIsShownThereAndOnTheUseLine() throws {
        let main = SourceFile(path: "campagne.call", text: "script \"X\" {\n}\nuse \"gedeeld/slot.call\"\n")
        let shared = SourceFile(path: "gedeeld/slot.call", text: "step a {\n  -> ofer\n}\n")
        var finding = Diagnostic(
            code: "CS0140", severity: .error, message: "unknown step 'ofer'", range: shared.range(14, 18),
            related: [RelatedLocation(label: "used here", range: main.range(17, 36))], help: "did you mean 'offer'?")
        finding.range.file = "gedeeld/slot.call"
        let checked = CheckedScript(
            main: "/tmp/camp/campagne.call", root: "/tmp/camp",
            files: ["/tmp/camp/campagne.call": main, "/tmp/camp/gedeeld/slot.call": shared], diagnostics: [finding])
        var server = LanguageServer(checker: { _, _ in checked })
        _ = server.handle(Self.request(1, "initialize"))
        // The editor's own spelling of the URI comes back, not a re-encoded one.
        let uri = "file:///tmp/camp/campagne.call"
        let out = server.handle(
            .object([
                "method": .string("textDocument/didOpen"),
                "params": .object(["textDocument": .object(["uri": .string(uri), "text": .string(main.text)])]),
            ]))
        func items(_ u: String) -> [JSONValue] {
            for m in out where m["params"]?["uri"] == .string(u) {
                if case .array(let list)? = m["params"]?["diagnostics"] { return list }
            }
            return []
        }
        let inShared = items("file:///tmp/camp/gedeeld/slot.call")
        #expect(inShared.count == 1)
        #expect(inShared.first?["range"]?["start"] == .object(["line": .number(1), "character": .number(5)]))
        #expect(inShared.first?["message"]?.string?.contains("help: did you mean 'offer'?") == true)
        let inMain = items(uri)
        #expect(inMain.count == 1)
        #expect(inMain.first?["message"]?.string?.hasPrefix("in gedeeld/slot.call: unknown step") == true)
        #expect(inMain.first?["range"]?["start"] == .object(["line": .number(2), "character": .number(4)]))
        #expect(inMain.first?["codeDescription"]?["href"]?.string?.hasSuffix("Docs/diagnostics.md#cs0140") == true)
    }
}
