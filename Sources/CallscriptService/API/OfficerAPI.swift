import CallscriptHTTP
import CallscriptMachine
import CallscriptRuntime
import Foundation

/// The officer's routes: look a person up, export their data (AVG art. 15), erase it (art. 17),
/// with the same code and guarantees as `callscript export` and `callscript erase`. Each action
/// is recorded in the audit trail under the officer's name.
struct OfficerAPI: Sendable {
    let floor: CallFloor

    func add(to router: inout Router) {
        router.add("GET", "/v1/contacts", role: .officer) { request in find(request) }
        router.add("GET", "/v1/contacts/{id}", role: .officer) { request in contact(request) }
        router.add("GET", "/v1/contacts/{id}/export", role: .officer) { request in export(request) }
        router.add("POST", "/v1/contacts/{id}/erase", role: .officer) { request in erase(request) }
    }

    struct CallRow: Encodable {
        var id: String
        var campaign: String
        var agent: String
        var started: String
        var status: String
        var outcome: String?
    }

    struct ConsentRow: Encodable {
        var company: String
        var purpose: String
        var status: String
        var time: String
    }

    /// A number of theirs on the objection list (kept after erasure, to keep honouring it).
    struct ObjectionRow: Encodable {
        var phone: String
    }

    struct ContactBody: Encodable {
        var id: String
        var phone: String?
        var calls: [CallRow]
        var consents: [ConsentRow]
        var objections: [ObjectionRow]
    }

    /// `GET /v1/contacts?phone=...`: the contacts the audit trail knows under this number.
    func find(_ request: APIRequest) -> HTTPResponse {
        guard let raw = request.http.queryValue("phone"), let phone = PhoneNumber.normalize(raw) else {
            return .problem(400, "give ?phone= a phone number, e.g. +31612345678")
        }
        do {
            var ids: [String] = []
            for entry in try floor.store.auditContents().entries {
                guard let p = entry.payload, let number = p.phone, PhoneNumber.normalize(number) == phone else {
                    continue
                }
                if !ids.contains(p.contact) { ids.append(p.contact) }
            }
            let bodies = try ids.map { id throws(RuntimeError) in try body(id) }
            return JSONBody.response(200, ["contacts": bodies])
        } catch { return .problem(503, "the records cannot be read: \(error.summary)") }
    }

    func contact(_ request: APIRequest) -> HTTPResponse {
        let id = request.parameter("id")
        do {
            let contact = try body(id)
            guard !contact.calls.isEmpty || !contact.consents.isEmpty else {
                return .problem(404, "there are no records of contact '\(id)'")
            }
            return JSONBody.response(200, contact)
        } catch { return .problem(503, "the records cannot be read: \(error.summary)") }
    }

    func body(_ id: String) throws(RuntimeError) -> ContactBody {
        let export = try floor.store.export(contact: id, clock: floor.clock)
        var calls: [String: CallRow] = [:]
        var order: [String] = []
        for entry in export.audit {
            let p = entry.payload
            if calls[p.session] == nil {
                order.append(p.session)
                calls[p.session] = CallRow(
                    id: p.session, campaign: floor.catalog.campaignID(ofDigest: p.script), agent: p.agent,
                    started: p.time,
                    status: "started", outcome: nil)
            }
            if p.kind == "outcome" {
                calls[p.session]?.status = "ended"
                calls[p.session]?.outcome = p.outcome
            }
            if p.kind == "gate", p.allowed == false { calls[p.session]?.status = "refused" }
        }
        return ContactBody(
            id: id, phone: export.phones.first, calls: order.compactMap { calls[$0] },
            consents: export.consents.map {
                ConsentRow(company: $0.company, purpose: $0.purpose, status: $0.status.rawValue, time: $0.time)
            }, objections: export.objections.map { ObjectionRow(phone: $0) })
    }

    func export(_ request: APIRequest) -> HTTPResponse {
        let id = request.parameter("id")
        do {
            let export = try floor.store.export(contact: id, clock: floor.clock)
            try record("export", contact: id, by: request.user.name)
            return HTTPResponse(status: 200, contentType: "application/json", body: [UInt8](export.encoded()))
        } catch { return .problem(503, "the export failed: \(error.summary)") }
    }

    struct EraseBody: Decodable { var confirm: String }

    func erase(_ request: APIRequest) -> HTTPResponse {
        let id = request.parameter("id")
        switch JSONBody.decode(EraseBody.self, from: request.http) {
        case .failure(let e): return .problem(e.status, e.message)
        case .success(let body):
            guard body.confirm == id else {
                return .problem(422, "confirm the erasure with the contact id itself: {\"confirm\": \"\(id)\"}")
            }
        }
        guard let key = floor.auditKey else {
            return .problem(
                409, "erasure seals the erased entries with the audit key; start serve with --audit-key FILE")
        }
        if floor.slots().contains(where: { $0.contact.id == id && !$0.isEnded }) {
            return .problem(409, "contact '\(id)' has a call that has not ended; end it first")
        }
        do {
            let report = try floor.store.erase(contact: id, key: key, agent: request.user.name, clock: floor.clock)
            struct Answer: Encodable {
                var erased: Bool
                var auditEntries: Int
                var sessions: Int
                var consents: Int
                var callbacks: Int
                var kept: [String]
            }
            return JSONBody.response(
                200,
                Answer(
                    erased: true, auditEntries: report.auditEntries, sessions: report.sessions,
                    consents: report.consents,
                    callbacks: report.callbacks, kept: ["the number on the objection list", "the erasure entry"]))
        } catch { return .problem(503, "the erasure did not complete: \(error.summary); run it again to finish it") }
    }

    /// An audit entry for an officer's action that is not part of a call.
    private func record(_ kind: String, contact: String, by officer: String) throws(RuntimeError) {
        var payload = AuditPayload(
            kind: kind, time: ISO8601DateFormatter().string(from: floor.clock.now()), agent: officer, contact: contact,
            script: "", session: "officer")
        payload.reason = "AVG art. 15 request, through callscript serve"
        try floor.store.commit(StepWrite(session: "officer", audit: [payload]))
    }
}
