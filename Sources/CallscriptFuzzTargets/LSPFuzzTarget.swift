import CallscriptCompiler
import CallscriptLanguageServer
import Foundation

/// What an editor sends the language server: the framing, the JSON of each message and the
/// server's handling of it, with scripts checked in memory.
extension FuzzTargets {
    /// The workspace folder of the fuzzed server. It does not exist on disk, and messages that
    /// name a file outside it are not handled, so the server never walks the real disk.
    static let lspRoot = "/callscript-fuzz"

    /// The bytes as the editor's stream, cut into chunks (the first byte picks the chunk size,
    /// as `read(2)` would cut it): every framed body that decodes as JSON is handled by a
    /// server that was initialized on `lspRoot`. A bad header is skipped, never the end;
    /// framing a body and reading it back gives the same body.
    public static func lsp(_ bytes: [UInt8]) {
        guard let first = bytes.first else { return }
        let chunk = Int(first % 64) + 1
        var server = lspServer()
        var reader = MessageReader()
        var start = 1
        var handled = 0
        while start < bytes.count, server.exitStatus == nil {
            let end = min(start + chunk, bytes.count)
            reader.append(bytes[start..<end])
            start = end
            while true {
                let body: [UInt8]?
                do { body = try reader.next() } catch { continue }
                guard let body else { break }
                var echo = MessageReader()
                echo.append([UInt8](frameMessage(Data(body))))
                precondition((try? echo.next()) == body, "a framed body does not read back")
                guard let message = try? JSONDecoder().decode(JSONValue.self, from: Data(body)),
                    staysInRoot(message), handled < 16
                else { continue }
                handled += 1
                for out in server.handle(message) {
                    precondition((try? out.encoded()) != nil, "the server wrote a message it cannot encode")
                }
            }
        }
    }

    /// An initialized server whose checker reads the open documents only.
    static func lspServer() -> LanguageServer {
        var server = LanguageServer { path, documents in
            let prefix = lspRoot + "/"
            var files: [String: [UInt8]] = [:]
            for (open, text) in documents where open.hasPrefix(prefix) {
                files[String(open.dropFirst(prefix.count))] = Array(text.utf8)
            }
            let main = path.hasPrefix(prefix) ? String(path.dropFirst(prefix.count)) : path
            var options = CompileOptions(checkDate: date)
            options.seal = false
            let result = Compiler.compile(main: main, from: InMemorySources(files: files), options: options)
            var script = CheckedScript(main: path, root: lspRoot, files: [:], diagnostics: result.diagnostics)
            for (display, file) in result.sources { script.files[script.absolute(display)] = file }
            return script
        }
        let initialize: JSONValue = .object([
            "jsonrpc": .string("2.0"), "id": .number(0), "method": .string("initialize"),
            "params": .object([
                "workspaceFolders": .array([.object(["uri": .string("file://" + lspRoot), "name": .string("fuzz")])])
            ]),
        ])
        _ = server.handle(initialize)
        _ = server.handle(.object(["jsonrpc": .string("2.0"), "method": .string("initialized")]))
        return server
    }

    /// True when every `file:` URI or path in the message lies inside `lspRoot`.
    static func staysInRoot(_ value: JSONValue) -> Bool {
        switch value {
        case .string(let text):
            guard text.lowercased().hasPrefix("file:") || text.hasPrefix("/") else { return true }
            guard
                let path = DocumentURI.path(text)
                    ?? (text.hasPrefix("/") ? URL(fileURLWithPath: text).standardizedFileURL.path : nil)
            else { return false }
            return path.hasPrefix(lspRoot + "/")
        case .array(let items): return items.allSatisfy(staysInRoot)
        case .object(let members): return members.values.allSatisfy(staysInRoot)
        default: return true
        }
    }
}
