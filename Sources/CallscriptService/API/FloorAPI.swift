import CallscriptHTTP
import CallscriptMachine
import CallscriptRuntime
import Foundation

/// The `/v1` routes (Docs/api.md) over a floor of calls.
struct FloorAPI: Sendable {
    let floor: CallFloor

    var router: Router {
        var r = Router()
        r.add("GET", "/v1/me") { request in
            JSONBody.response(200, ["name": request.user.name, "role": request.user.role.rawValue])
        }
        r.add("GET", "/v1/campaigns") { _ in JSONBody.response(200, ["campaigns": campaigns()]) }
        r.add("GET", "/v1/calls") { request in listCalls(request) }
        r.add("POST", "/v1/calls") { request in startCall(request) }
        r.add("GET", "/v1/calls/{id}") { request in withCall(request) { $0.view() } }
        r.add("POST", "/v1/calls/{id}/input") { request in input(request) }
        r.add("POST", "/v1/calls/{id}/suspend") { request in
            withCall(request) { slot throws(CallFailure) in try slot.suspend() }
        }
        r.add("POST", "/v1/calls/{id}/resume") { request in resume(request) }
        r.add("GET", "/v1/outcomes", role: .supervisor) { request in outcomes(request) }
        OfficerAPI(floor: floor).add(to: &r)
        return r
    }

    struct CampaignView: Encodable {
        var id: String
        var name: String
        var company: String
        var principal: String?
        var policy: String
        /// The script's language (`nl` when the script does not say), for the page's `lang`.
        var language: String
        var digest: String
        /// The contact fields the script needs, with their types, for the start form.
        var fields: [FieldView]
    }

    struct FieldView: Encodable {
        var name: String
        var type: String
        var choices: [String]?
        /// True for what the basis gate reads (`last_purchase`, `contract_end` of a customers
        /// campaign, `legal_form` of a business one): sent as the contact's own keys, not as fields.
        var basis: Bool?
    }

    func campaigns() -> [CampaignView] {
        floor.catalog.sorted.map { c in
            let script = c.loaded.machine.script
            return CampaignView(
                id: c.id, name: script.name, company: script.company, principal: script.principal,
                policy: script.policy, language: script.language ?? "nl", digest: c.loaded.digest,
                fields: c.loaded.machine.fields.filter { $0.origin == .contact }.map {
                    FieldView(name: $0.name, type: $0.type.kind.rawValue, choices: $0.type.choices)
                } + Self.basisFields(script.audience))
        }
    }

    /// What the basis gate reads beside the script's fields: a customers campaign's customer
    /// dates, a business campaign's legal form.
    static func basisFields(_ audience: Audience) -> [FieldView] {
        switch audience.kind {
        case .customers:
            ["last_purchase", "contract_end"].map { FieldView(name: $0, type: "date", choices: nil, basis: true) }
        case .business: [FieldView(name: "legal_form", type: "text", choices: nil, basis: true)]
        case .optIn: []
        }
    }

    /// `{"campaign": ID, "contact": {...}}`; the contact is read by the runtime's own contact
    /// reader, so it is checked exactly like a contact file (phone normalised, fields scalar).
    func startCall(_ request: APIRequest) -> HTTPResponse {
        let object = (try? JSONSerialization.jsonObject(with: Data(request.http.body))) as? [String: Any]
        guard let campaign = object?["campaign"] as? String else {
            return .problem(400, "the body must be a JSON object: {\"campaign\": ..., \"contact\": {...}}")
        }
        let contact: Contact
        switch Self.contact(from: request.http) {
        case .contact(let c): contact = c
        case .refused(let response): return response
        }
        do {
            return JSONBody.response(
                201, try floor.start(campaign: campaign, contact: contact, agent: request.user.name))
        } catch { return Self.response(for: error) }
    }

    struct InputBody: Decodable {
        var type: String
        var answer: Int?
        var value: String?
        var event: String?
    }

    func input(_ request: APIRequest) -> HTTPResponse {
        let body: InputBody
        switch JSONBody.decode(InputBody.self, from: request.http) {
        case .success(let b): body = b
        case .failure(let e): return .problem(e.status, e.message)
        }
        let input: SessionInput
        switch body.type {
        case "continue": input = .continue
        case "answer":
            guard let n = body.answer else {
                return .problem(400, "an answer input needs \"answer\": N (1 is the first answer)")
            }
            input = .answer(n - 1)
        case "capture":
            guard let v = body.value else { return .problem(400, "a capture input needs \"value\": \"...\"") }
            input = .capture(v)
        case "event":
            guard let name = body.event, let event = CallEvent(rawValue: name) else {
                let names = CallEvent.allCases.map(\.rawValue).joined(separator: ", ")
                return .problem(400, "an event input needs \"event\": one of \(names)")
            }
            input = .event(event)
        default:
            return .problem(400, "\"type\" must be continue, answer, capture or event")
        }
        return withCall(request) { slot throws(CallFailure) in try slot.perform(input) }
    }

    /// Resumes a suspended call; a call this service does not hold is taken over from the
    /// store when the body sends its contact again (`{"contact": {...}}`).
    func resume(_ request: APIRequest) -> HTTPResponse {
        let id = request.parameter("id")
        if floor.slot(id) != nil { return withCall(request) { slot throws(CallFailure) in try floor.resume(slot) } }
        guard !request.http.body.isEmpty else {
            return .problem(
                404, "this service does not hold call '\(id)'; to take it over, send its contact: {\"contact\": {...}}")
        }
        let contact: Contact
        switch Self.contact(from: request.http) {
        case .contact(let c): contact = c
        case .refused(let response): return response
        }
        do {
            return JSONBody.response(
                200,
                try floor.adopt(
                    id, contact: contact, user: request.user.name, supervisor: request.user.role >= .supervisor))
        } catch { return Self.response(for: error) }
    }

    /// The `contact` object of a JSON body, read by the runtime's contact reader.
    enum ContactBody {
        case contact(Contact)
        case refused(HTTPResponse)
    }

    static func contact(from http: HTTPRequest) -> ContactBody {
        guard (http.header("Content-Type") ?? "application/json").lowercased().hasPrefix("application/json") else {
            return .refused(.problem(415, "send the body as application/json"))
        }
        guard let object = (try? JSONSerialization.jsonObject(with: Data(http.body))) as? [String: Any],
            let contactObject = object["contact"] as? [String: Any],
            let data = try? JSONSerialization.data(withJSONObject: contactObject)
        else { return .refused(.problem(400, "'contact' must be an object with id, phone and fields")) }
        do throws(RuntimeError) { return .contact(try Contact.decode(data, file: "contact")) } catch {
            return .refused(.problem(422, error.summary))
        }
    }

    func listCalls(_ request: APIRequest) -> HTTPResponse {
        let wanted = request.http.queryValue("status")
        if let wanted, !["active", "suspended", "ended"].contains(wanted) {
            return .problem(400, "status must be active, suspended or ended")
        }
        let views = floor.slots()
            .filter { request.user.role >= .supervisor || $0.agent == request.user.name }
            .map { $0.view() }
            .filter { wanted == nil || $0.status == wanted }
        return JSONBody.response(200, ["calls": views])
    }

    /// Runs `body` on the call named in the path, if the user may see it: an agent only their
    /// own calls (another agent's call is 403, so ids cannot be probed for content).
    func withCall(_ request: APIRequest, _ body: (CallSlot) throws(CallFailure) -> CallView) -> HTTPResponse {
        guard let slot = floor.slot(request.parameter("id")) else {
            return .problem(404, "there is no call '\(request.parameter("id"))'")
        }
        guard slot.agent == request.user.name || request.user.role >= .supervisor else {
            return .problem(403, "this call belongs to another agent")
        }
        do { return JSONBody.response(200, try body(slot)) } catch { return Self.response(for: error) }
    }

    func outcomes(_ request: APIRequest) -> HTTPResponse {
        let after = request.http.queryValue("after").map { Int($0) } ?? 0
        guard let after, after >= 0 else {
            return .problem(400, "after must be a cursor from X-Next-Cursor (a number)")
        }
        let limit = request.http.queryValue("limit").map { Int($0) } ?? 1000
        guard let limit, (1...10_000).contains(limit) else { return .problem(400, "limit must be 1 to 10000") }
        let contents: AuditContents
        do { contents = try floor.store.auditContents() } catch {
            return .problem(503, "the audit trail cannot be read: \(error.summary)")
        }
        let (items, next) = OutcomeFeed.read(contents, after: after, limit: limit) {
            floor.catalog.campaignID(ofDigest: $0)
        }
        let body = items.flatMap { JSONBody.line($0) }
        return HTTPResponse(
            status: 200,
            headers: [
                .init(name: "Content-Type", value: "application/x-ndjson"),
                .init(name: "X-Next-Cursor", value: String(next)),
            ],
            body: body)
    }

    static func response(for failure: CallFailure) -> HTTPResponse {
        switch failure {
        case .refused(let decision):
            let gates = decision.results.map {
                RefusalBody.GateView(rule: $0.rule, passed: $0.passed, reason: $0.reason)
            }
            return JSONBody.response(409, RefusalBody(error: .init(status: 409, message: "call refused", gates: gates)))
        case .input(let m): return .problem(422, m)
        case .contact(let m): return .problem(422, m)
        case .conflict(let m): return .problem(409, m)
        case .notFound(let m): return .problem(404, m)
        case .stopped(let m): return .problem(503, "the call stopped safely at its last confirmed step: \(m)")
        }
    }
}
