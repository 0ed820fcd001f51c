import CallscriptHTTP
import CallscriptMachine
import CallscriptPreview
import CallscriptTestSupport
import Foundation

/// A preview of a fresh copy of an example campaign (so saved tests and edits never touch the
/// repository), and requests to it as the page sends them.
struct PreviewFixture {
    let folder: URL
    let service: PreviewService
    static let token = PreviewToken(value: String(repeating: "ab", count: 32))

    init(copying examples: [String] = ["energie-optin", "noncompliant"], dot: String? = nil) throws {
        folder = try BuiltBinary.temporaryFolder()
        // The campaigns share `gedeeld/` through the project root (`callscript.json`).
        for name in examples + ["callscript.json", "gedeeld"] where !examples.isEmpty || name == "callscript.json" {
            try FileManager.default.copyItem(
                at: RepositoryPaths.examples.appendingPathComponent(name), to: folder.appendingPathComponent(name))
        }
        service = PreviewService(
            workspace: PreviewWorkspace(folder: folder.path), token: Self.token, dot: dot,
            today: { CalendarDate(year: 2026, month: 12, day: 1) }, watchTimeout: 1)
    }

    func get(_ path: String, host: String = "127.0.0.1:8123") -> HTTPResponse {
        let (bare, query) = Self.split(path)
        return service.handle(
            HTTPRequest(method: "GET", path: bare, query: query, headers: [.init(name: "Host", value: host)]))
    }

    func post(_ path: String, _ body: [String: Any]) throws -> HTTPResponse {
        let data = try JSONSerialization.data(withJSONObject: body)
        return service.handle(
            HTTPRequest(
                method: "POST", path: path, headers: [.init(name: "Host", value: "localhost:8123")], body: Array(data)))
    }

    /// `/TOKEN/` + `rest`.
    static func url(_ rest: String) -> String { "/\(token.value)/\(rest)" }

    static func json(_ response: HTTPResponse) -> [String: Any] {
        (try? JSONSerialization.jsonObject(with: Data(response.body))) as? [String: Any] ?? [:]
    }

    static func split(_ path: String) -> (String, [HTTPRequest.QueryItem]) {
        guard let q = path.firstIndex(of: "?") else { return (path, []) }
        let items = path[path.index(after: q)...].split(separator: "&").map { pair in
            let parts = pair.split(separator: "=", maxSplits: 1).map(String.init)
            return HTTPRequest.QueryItem(
                name: parts[0], value: (parts.count > 1 ? parts[1] : "").removingPercentEncoding ?? "")
        }
        return (String(path[..<q]), items)
    }

    /// The contact of the winback tests (Jan, no solar panels).
    static let jan = ["voornaam": "Jan", "klant_tot": "2025-09-30", "jaarverbruik_kwh": "1800", "zonnepanelen": "nee"]
}
