import CallscriptIO
import Foundation

/// Runs a `LanguageServer` over standard input and output until the editor sends `exit`.
/// Reads and writes use `read(2)`/`write(2)`, so an editor that closes the pipe or a failed
/// write ends the server with a message and status 2 instead of a trap. A malformed message
/// is answered with an error and skipped; the session goes on.
public enum StdioServer {
    /// Returns the process exit status (0 after a clean `shutdown` + `exit`, 1 when the editor
    /// went away without them, 2 when standard output cannot be written).
    public static func run(_ initial: LanguageServer) -> Int32 {
        var server = initial
        var reader = MessageReader()
        while true {
            let chunk: [UInt8]
            do { chunk = try StandardStream.read(from: StandardStream.input) } catch {
                log("cannot read from standard input: \(error)")
                return 2
            }
            if chunk.isEmpty { return server.exitStatus ?? 1 } // Editor went away without `exit`.
            reader.append(chunk)
            while true {
                let body: [UInt8]?
                do { body = try reader.next() } catch {
                    log("skipping a malformed message: \(error)")
                    guard send(parseError("malformed message header: \(error)")) else { return 2 }
                    continue
                }
                guard let body else { break }
                guard let message = try? JSONDecoder().decode(JSONValue.self, from: Data(body)) else {
                    guard send(parseError("the message is not JSON")) else { return 2 }
                    continue
                }
                for out in server.handle(message) { guard send(out) else { return 2 } }
                if let status = server.exitStatus { return status }
            }
        }
    }

    private static func parseError(_ text: String) -> JSONValue {
        JSONRPC.error(.null, .parseError, text)
    }

    /// False when standard output cannot be written (the editor closed it, the disk is full).
    private static func send(_ message: JSONValue) -> Bool {
        let body: Data
        do { body = try message.encoded() } catch {
            // Cannot happen for values built from JSON, but never a trap: say so and go on.
            log("cannot encode a message: \(error)")
            return true
        }
        do { try StandardStream.write([UInt8](frameMessage(body)), to: StandardStream.output) } catch {
            log("cannot write to standard output: \(error)")
            return false
        }
        return true
    }

    private static func log(_ text: String) {
        try? StandardStream.write("callscript lsp: \(text)\n", to: StandardStream.error)
    }
}
