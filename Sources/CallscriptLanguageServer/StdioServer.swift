import Foundation

/// Runs a `LanguageServer` over standard input and output until the editor sends `exit`.
public enum StdioServer {
    /// Returns the process exit status (0 after a clean `shutdown` + `exit`).
    public static func run(_ initial: LanguageServer) -> Int32 {
        var server = initial
        var reader = MessageReader()
        let input = FileHandle.standardInput
        while true {
            let chunk = input.availableData
            if chunk.isEmpty { return server.exitStatus ?? 1 } // Editor went away without `exit`.
            reader.append(chunk)
            while true {
                let body: [UInt8]?
                do { body = try reader.next() } catch {
                    log("dropping malformed message: \(error)")
                    return 1
                }
                guard let body else { break }
                guard let message = try? JSONDecoder().decode(JSONValue.self, from: Data(body)) else {
                    send(
                        .object([
                            "jsonrpc": .string("2.0"), "id": .null,
                            "error": .object(["code": .number(-32700), "message": .string("parse error")]),
                        ]))
                    continue
                }
                for out in server.handle(message) { send(out) }
                if let status = server.exitStatus { return status }
            }
        }
    }

    private static func send(_ message: JSONValue) {
        guard let body = try? message.encoded() else { return }
        FileHandle.standardOutput.write(frameMessage(body))
    }

    private static func log(_ text: String) { FileHandle.standardError.write(Data("callscript lsp: \(text)\n".utf8)) }
}
