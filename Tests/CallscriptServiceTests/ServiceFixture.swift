import CallscriptHTTP
import CallscriptMachine
import CallscriptRuntime
import CallscriptService
import CallscriptTestSupport
import Foundation

/// A service in-process on the real Examples/krant campaign, on a fresh practice data folder
/// whose gates run at a fixed Monday 10:00 in the Netherlands (so the tests pass at any hour).
struct ServiceFixture {
    struct Failure: Error, CustomStringConvertible { var description: String }

    let folder: URL
    let service: RunnerService
    let store: FileRecordStore
    let key: AuditKey
    var tokens: [String: String] = [:]

    static let monday10 = Date(timeIntervalSince1970: 1_794_819_600) // 2026-11-16T09:00:00Z = 10:00 in Amsterdam

    init(users: [(String, UserRole)] = [("jan", .agent), ("piet", .agent), ("sanne", .supervisor), ("olga", .officer)])
        throws
    {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "callscript-service-\(UUID().uuidString)")
        let scripts = RepositoryPaths.examples.path
        let catalog = CampaignCatalog.load(
            scripts: [scripts + "/krant/abonnement.call"], root: scripts,
            on: CalendarDate(year: 2026, month: 11, day: 16))
        guard catalog.campaigns["krant/abonnement"] != nil else {
            throw Failure(description: "krant/abonnement.call is not served: \(catalog.refused)")
        }
        store = FileRecordStore(DataFolder(root: folder))
        try store.markAsPractice()
        _ = try store.prepare()
        key = AuditKey.generate()
        let floor = CallFloor(catalog: catalog, store: store, clock: .practice(at: Self.monday10), auditKey: key)
        let userStore = FileUserStore(dataFolder: folder.path)
        for (name, role) in users { tokens[name] = try userStore.add(name: name, role: role) }
        service = RunnerService(floor: floor, users: userStore)
    }

    /// A second service on the same data folder, users and key (another machine of the floor).
    init(sharing other: ServiceFixture) {
        folder = other.folder
        store = FileRecordStore(DataFolder(root: folder))
        key = other.key
        tokens = other.tokens
        let floor = CallFloor(
            catalog: other.service.floor.catalog, store: store, clock: .practice(at: Self.monday10), auditKey: key)
        service = RunnerService(floor: floor, users: FileUserStore(dataFolder: folder.path))
    }

    /// Sends one request as `user` (nil: no token) and returns status and parsed JSON body.
    func send(
        _ method: String, _ path: String, as user: String?, json: String? = nil, from client: ConnectionInfo = .loopback
    ) -> (status: Int, json: [String: Any], raw: String) {
        var headers = [HTTPRequest.Header(name: "Host", value: "test")]
        if let user, let token = tokens[user] { headers.append(.init(name: "Authorization", value: "Bearer \(token)")) }
        if json != nil { headers.append(.init(name: "Content-Type", value: "application/json")) }
        let parts = path.split(separator: "?", maxSplits: 1)
        let query =
            parts.count > 1
            ? parts[1].split(separator: "&").map { pair -> HTTPRequest.QueryItem in
                let kv = pair.split(separator: "=", maxSplits: 1).map(String.init)
                return HTTPRequest.QueryItem(name: kv[0], value: kv.count > 1 ? kv[1] : "")
            } : []
        let request = HTTPRequest(
            method: method, path: String(parts[0]), query: query, headers: headers, body: Array((json ?? "").utf8))
        let response = service.handle(request, from: client)
        let raw = String(decoding: response.body, as: UTF8.self)
        let object = (try? JSONSerialization.jsonObject(with: Data(response.body))) as? [String: Any] ?? [:]
        return (response.status, object, raw)
    }

    static func contact(id: String = "K-2001", phone: String = "+31 6 12345679") -> String {
        """
        {"campaign": "krant/abonnement", "contact": {"id": "\(id)", "phone": "\(phone)", "last_purchase": "2026-06-01",
         "fields": {"voornaam": "Els", "vorig_pakket": "weekend", "bezorggebied": "ja"}}}
        """
    }

    /// Starts a call as `user` and returns its id.
    func start(as user: String, id: String = "K-2001", phone: String = "+31 6 12345679") throws -> String {
        let r = send("POST", "/v1/calls", as: user, json: Self.contact(id: id, phone: phone))
        guard r.status == 201, let call = r.json["id"] as? String else {
            throw Failure(description: "start failed: \(r.status) \(r.raw)")
        }
        return call
    }

    func input(_ call: String, as user: String, _ json: String) -> (status: Int, json: [String: Any], raw: String) {
        send("POST", "/v1/calls/\(call)/input", as: user, json: json)
    }
}

extension Dictionary where Key == String, Value == Any {
    var screen: [String: Any] { self["screen"] as? [String: Any] ?? [:] }
    var errorMessage: String { (self["error"] as? [String: Any])?["message"] as? String ?? "" }
}
