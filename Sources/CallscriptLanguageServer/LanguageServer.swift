import CallscriptDiagnostics
import Foundation

/// A language server for `.call` files, as a value: feed it a decoded JSON-RPC message, get
/// back the messages to send. The stdio loop (`StdioServer`) is a thin wrapper, so every
/// feature is tested without pipes.
public struct LanguageServer: Sendable {
    /// Compiles the document at `path` with the given open documents overlaid on the disk, and
    /// returns its diagnostics. Injected so the server does not decide how scripts are found.
    public typealias Checker = @Sendable (_ path: String, _ overlay: [String: String]) -> [Diagnostic]

    /// Open documents by file path.
    public private(set) var documents: [String: String] = [:]
    public private(set) var shutdownRequested = false
    /// Set after `exit`: the process should end with this status.
    public private(set) var exitStatus: Int32?
    private let checker: Checker

    public init(checker: @escaping Checker) {
        self.checker = checker
    }

    /// Handles one message and returns the responses and notifications to send.
    public mutating func handle(_ message: JSONValue) -> [JSONValue] {
        let method = message["method"]?.string
        let id = message["id"]
        let params = message["params"] ?? .null
        guard let method else { return [] } // A response to something we never send.
        switch method {
        case "initialize":
            return [response(id, Capabilities.initializeResult)]
        case "initialized", "$/cancelRequest", "$/setTrace", "workspace/didChangeConfiguration":
            return []
        case "shutdown":
            shutdownRequested = true
            return [response(id, .null)]
        case "exit":
            exitStatus = shutdownRequested ? 0 : 1
            return []
        case "textDocument/didOpen":
            guard let doc = params["textDocument"], let uri = doc["uri"]?.string, let text = doc["text"]?.string,
                let path = DocumentURI.path(uri)
            else { return [] }
            documents[path] = text
            return publish(changed: path)
        case "textDocument/didChange":
            guard let uri = params["textDocument"]?["uri"]?.string, let path = DocumentURI.path(uri),
                case .array(let changes)? = params["contentChanges"], let text = changes.last?["text"]?.string
            else { return [] }
            documents[path] = text
            return publish(changed: path)
        case "textDocument/didSave":
            guard let uri = params["textDocument"]?["uri"]?.string, let path = DocumentURI.path(uri) else { return [] }
            return publish(changed: path)
        case "textDocument/didClose":
            guard let uri = params["textDocument"]?["uri"]?.string, let path = DocumentURI.path(uri) else { return [] }
            documents[path] = nil
            return [
                notification(
                    "textDocument/publishDiagnostics", .object(["uri": .string(uri), "diagnostics": .array([])]))
            ]
        case "textDocument/formatting":
            return [response(id, DocumentFeatures.formatting(documentText(params)))]
        case "textDocument/documentSymbol":
            return [response(id, DocumentFeatures.symbols(documentText(params)))]
        case "textDocument/definition":
            return [
                response(
                    id,
                    DocumentFeatures.definition(
                        documentText(params), params["position"], uri: params["textDocument"]?["uri"]?.string))
            ]
        default:
            guard let id else { return [] } // Unknown notifications are ignored, as the protocol asks.
            return [errorResponse(id, code: -32601, message: "method not supported: \(method)")]
        }
    }

    /// The open document a request is about, as a source file.
    private func documentText(_ params: JSONValue) -> SourceFile? {
        guard let uri = params["textDocument"]?["uri"]?.string, let path = DocumentURI.path(uri),
            let text = documents[path]
        else { return nil }
        return SourceFile(path: path, text: text)
    }

    /// Re-checks every open document (a change in a shared file affects the scripts that use it).
    private func publish(changed: String) -> [JSONValue] {
        var out: [JSONValue] = []
        for path in documents.keys.sorted() {
            guard let text = documents[path] else { continue }
            let file = SourceFile(path: path, text: text)
            let diagnostics = checker(path, documents).filter { DocumentURI.sameFile($0.range.file, path) }
            let items = diagnostics.map { LSPDiagnostic.make($0, in: file, documents: documents) }
            out.append(
                notification(
                    "textDocument/publishDiagnostics",
                    .object(["uri": .string(DocumentURI.uri(path)), "diagnostics": .array(items)])))
        }
        return out
    }

    private func response(_ id: JSONValue?, _ result: JSONValue) -> JSONValue {
        .object(["jsonrpc": .string("2.0"), "id": id ?? .null, "result": result])
    }

    private func errorResponse(_ id: JSONValue, code: Int, message: String) -> JSONValue {
        .object([
            "jsonrpc": .string("2.0"), "id": id,
            "error": .object(["code": .number(Double(code)), "message": .string(message)]),
        ])
    }

    private func notification(_ method: String, _ params: JSONValue) -> JSONValue {
        .object(["jsonrpc": .string("2.0"), "method": .string(method), "params": params])
    }
}

/// `file://` URIs to paths and back.
public enum DocumentURI {
    public static func path(_ uri: String) -> String? {
        guard let url = URL(string: uri), url.isFileURL else { return nil }
        return url.path
    }

    public static func uri(_ path: String) -> String { URL(fileURLWithPath: path).absoluteString }

    /// Diagnostics name files relative to the main script's folder; a suffix match on path
    /// components identifies the open document.
    public static func sameFile(_ diagnosticFile: String, _ path: String) -> Bool {
        if diagnosticFile == path { return true }
        let d = diagnosticFile.split(separator: "/").filter { $0 != "." }
        let p = path.split(separator: "/")
        return !d.isEmpty && d.count <= p.count && Array(p.suffix(d.count)) == d
    }
}
