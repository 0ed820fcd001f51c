import CallscriptTestSupport
import Foundation
import Testing

/// `callscript lsp` over real pipes, as an editor drives it.
@Suite struct LspCommandTests {
    static func frame(_ json: String) -> String { "Content-Length: \(json.utf8.count)\r\n\r\n\(json)" }

    @Test func initializeOpenShutdownExit() throws {
        let dir = try BuiltBinary.temporaryFolder()
        let uri = URL(fileURLWithPath: dir.appendingPathComponent("a.call").path).absoluteString
        let text = #"step a {\n  say \"niet af\n  end\n}\n"#
        let input = [
            #"{"jsonrpc":"2.0","id":1,"method":"initialize","params":{}}"#,
            #"{"jsonrpc":"2.0","method":"initialized","params":{}}"#,
            #"{"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":{"uri":"\#(uri)","languageId":"callscript","version":1,"text":"\#(text)"}}}"#,
            #"{"jsonrpc":"2.0","id":2,"method":"shutdown"}"#,
            #"{"jsonrpc":"2.0","method":"exit"}"#,
        ].map(Self.frame).joined()
        let r = try BuiltBinary.run(["lsp"], input: input)
        #expect(r.status == 0)
        #expect(r.stdout.contains(#""documentFormattingProvider":true"#))
        #expect(r.stdout.contains(#""method":"textDocument/publishDiagnostics""#))
        #expect(r.stdout.contains(#""code":"CS0001""#))
        #expect(r.stdout.contains(#""id":2,"jsonrpc":"2.0","result":null"#))
    }

    @Test func exitWithoutShutdownIsStatusOne() throws {
        let r = try BuiltBinary.run(["lsp"], input: Self.frame(#"{"jsonrpc":"2.0","method":"exit"}"#))
        #expect(r.status == 1)
    }

    @Test func aMalformedHeaderIsAnsweredAndTheSessionGoesOn() throws {
        let input =
            "Content-Length: banana\r\n\r\n"
            + [
                #"{"jsonrpc":"2.0","id":1,"method":"initialize","params":{}}"#,
                #"{"jsonrpc":"2.0","id":2,"method":"shutdown"}"#,
                #"{"jsonrpc":"2.0","method":"exit"}"#,
            ].map(Self.frame).joined()
        let r = try BuiltBinary.run(["lsp"], input: input)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains(#""code":-32700"#))
        #expect(r.stdout.contains(#""serverInfo":{"name":"callscript","version":"#))
        #expect(r.stdout.contains(#""id":2,"jsonrpc":"2.0","result":null"#))
    }
}
