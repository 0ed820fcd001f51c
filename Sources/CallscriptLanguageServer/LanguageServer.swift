import CallscriptDiagnostics
import Foundation

/// A language server for `.call` files, as a value: feed it a decoded JSON-RPC message, get
/// back the messages to send. The stdio loop (`StdioServer`) is a thin wrapper, so every
/// feature is tested without pipes.
public struct LanguageServer: Sendable {
    /// Checks the main script at `path` (absolute) with the given open documents (by absolute
    /// path) laid over the disk. Injected so the server does not decide how scripts are found.
    public typealias Checker = @Sendable (_ path: String, _ overlay: [String: String]) -> CheckedScript

    /// Where the server is in its life: requests are refused before `initialize` and after `shutdown`.
    enum Phase: Sendable {
        case starting, running, shutDown
    }

    private var phase = Phase.starting
    var workspace: Workspace
    /// What each file (by absolute path) shows now, to answer code actions and hovers and to
    /// publish only what changed.
    private var shown: [String: [PlacedDiagnostic]] = [:]
    private var shownJSON: [String: JSONValue] = [:]
    /// Set after `exit`: the process should end with this status.
    public private(set) var exitStatus: Int32?

    public init(checker: @escaping Checker) {
        workspace = Workspace(checker: checker)
    }

    public var shutdownRequested: Bool { phase == .shutDown }

    /// Open documents' texts by absolute path.
    public var documents: [String: String] { workspace.documents.mapValues(\.text) }

    /// Handles one message and returns the responses and notifications to send.
    public mutating func handle(_ message: JSONValue) -> [JSONValue] {
        // A message without a method is a response to something we never send.
        guard let method = message["method"]?.string else { return [] }
        let id = message["id"]
        let params = message["params"] ?? .null
        if method == "exit" {
            exitStatus = phase == .shutDown ? 0 : 1
            return []
        }
        switch phase {
        case .starting where method != "initialize":
            guard let id else { return [] } // Notifications before `initialize` are dropped.
            return [
                JSONRPC.error(id, .serverNotInitialized, "the server is not initialized yet; send 'initialize' first")
            ]
        case .shutDown:
            guard let id else { return [] }
            return [JSONRPC.error(id, .invalidRequest, "the server is shutting down; only 'exit' is accepted")]
        case .running where method == "initialize":
            return id.map { [JSONRPC.error($0, .invalidRequest, "the server is already initialized")] } ?? []
        default: break
        }
        guard let id else { return notification(method, params) }
        do {
            return try request(method, params, id: id)
        } catch let failure as JSONRPC.Failure {
            return [JSONRPC.error(id, failure.code, failure.message)]
        } catch {
            return [JSONRPC.error(id, .requestFailed, "\(error)")]
        }
    }

    private mutating func request(_ method: String, _ params: JSONValue, id: JSONValue) throws -> [JSONValue] {
        func answer(_ result: JSONValue) -> [JSONValue] { [JSONRPC.response(id, result)] }
        switch method {
        case "initialize":
            phase = .running
            workspace.roots = Self.roots(params)
            return answer(Capabilities.initializeResult)
        case "shutdown":
            phase = .shutDown
            return answer(.null)
        case "textDocument/formatting":
            return answer(DocumentFeatures.formatting(try context(params).file))
        case "textDocument/documentSymbol":
            return answer(DocumentFeatures.symbols(try context(params).file))
        case "textDocument/definition":
            return answer(References.definition(try context(params)))
        case "textDocument/references":
            let includeDeclaration = params["context"]?["includeDeclaration"] != .bool(false)
            return answer(References.references(try context(params), includeDeclaration: includeDeclaration))
        case "textDocument/prepareRename":
            return answer(try Rename.prepare(try context(params)))
        case "textDocument/rename":
            guard let newName = params["newName"]?.string else {
                throw JSONRPC.Failure(code: .invalidParams, message: "rename needs 'newName'")
            }
            return answer(try Rename.rename(try context(params), to: newName))
        case "textDocument/hover":
            let c = try context(params)
            return answer(Hover.hover(c, diagnostics: shown[c.path] ?? []))
        case "textDocument/completion":
            return answer(Completion.complete(try context(params)))
        case "textDocument/codeAction":
            let c = try context(params)
            return answer(CodeActions.actions(c, range: params["range"], diagnostics: shown[c.path] ?? []))
        case "textDocument/semanticTokens/full":
            return answer(SemanticTokens.full(try context(params).file))
        default:
            throw JSONRPC.Failure(code: .methodNotFound, message: "method not supported: \(method)")
        }
    }

    private mutating func notification(_ method: String, _ params: JSONValue) -> [JSONValue] {
        if method == "workspace/didChangeWatchedFiles", case .array(let changes)? = params["changes"] {
            // A file changed on disk (a `git pull`, another editor): re-check what reads it.
            for path in changes.compactMap({ $0["uri"]?.string.flatMap(DocumentURI.path) }).sorted() {
                workspace.refresh(changed: path)
            }
            return publish(touched: nil)
        }
        let uri = params["textDocument"]?["uri"]?.string
        guard let uri, let path = DocumentURI.path(uri) else { return [] } // Others are ignored, as the protocol asks.
        switch method {
        case "textDocument/didOpen":
            guard let text = params["textDocument"]?["text"]?.string else { return [] }
            workspace.documents[path] = OpenDocument(uri: uri, text: text)
        case "textDocument/didChange":
            guard case .array(let changes)? = params["contentChanges"], let text = changes.last?["text"]?.string else {
                return []
            }
            workspace.documents[path] = OpenDocument(uri: uri, text: text)
        case "textDocument/didSave":
            break
        case "textDocument/didClose":
            workspace.documents[path] = nil
            workspace.forgetHidden()
            return publish(touched: nil)
        default:
            return []
        }
        workspace.refresh(changed: path)
        return publish(touched: path)
    }

    /// The document and position a request is about.
    private func context(_ params: JSONValue) throws -> DocumentContext {
        guard let uri = params["textDocument"]?["uri"]?.string, let path = DocumentURI.path(uri),
            let file = workspace.source(path)
        else { throw JSONRPC.Failure(code: .invalidParams, message: "unknown document") }
        var offset = 0
        if let line = params["position"]?["line"]?.int, let character = params["position"]?["character"]?.int {
            offset = LSPPositions.offset(file, line: line, character: character)
        }
        let index = SymbolIndex(programs: workspace.programs(containing: path), fallback: file)
        let workspace = workspace
        return DocumentContext(path: path, file: file, offset: offset, index: index, uri: { workspace.uri($0) })
    }

    /// Publishes the diagnostics of every file that changed what it shows: the open documents,
    /// every file of a check that reads one, and files that showed something before. The
    /// document just opened or changed is always published, so the editor knows it was checked.
    private mutating func publish(touched: String?) -> [JSONValue] {
        let programs = workspace.visiblePrograms
        var paths = Set(workspace.documents.keys).union(shown.keys)
        for program in programs { paths.formUnion(program.files.keys) }
        var out: [JSONValue] = []
        for path in paths.sorted() {
            var placed = DiagnosticRouting.placed(in: path, programs: programs)
            if placed.isEmpty, workspace.programs(containing: path).isEmpty, let open = workspace.source(path),
                workspace.documents[path] != nil, !workspace.isMain(path)
            {
                // A shared file no script uses yet: only its syntax can be checked.
                placed = SharedFileCheck.syntax(open)
            }
            let workspace = workspace
            let items = JSONValue.array(placed.map { LSPDiagnostic.make($0, uri: { workspace.uri($0) }) })
            let uri = workspace.uri(path)
            let params = JSONValue.object(["uri": .string(uri), "diagnostics": items])
            if path != touched {
                if shownJSON[path] == params { continue }
                if placed.isEmpty, shownJSON[path] == nil { continue } // Nothing shown, nothing to clear.
            }
            shown[path] = placed.isEmpty ? nil : placed
            shownJSON[path] = placed.isEmpty ? nil : params
            out.append(JSONRPC.notification("textDocument/publishDiagnostics", params))
        }
        return out
    }

    /// The workspace folders of an `initialize` request.
    private static func roots(_ params: JSONValue) -> [String] {
        var uris: [String] = []
        if case .array(let folders)? = params["workspaceFolders"] { uris += folders.compactMap { $0["uri"]?.string } }
        if let root = params["rootUri"]?.string { uris.append(root) }
        var paths = uris.compactMap(DocumentURI.path)
        if paths.isEmpty, let rootPath = params["rootPath"]?.string { paths.append(rootPath) }
        return paths.filter { $0 != "/" }
    }
}
