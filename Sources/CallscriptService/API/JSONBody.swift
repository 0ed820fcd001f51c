import CallscriptHTTP
import Foundation

/// JSON in and out of handlers: one encoder setting (sorted keys, so responses are stable), and
/// request bodies decoded with a 400 that says what is wrong.
enum JSONBody {
    static func response<T: Encodable>(_ status: Int, _ value: T) -> HTTPResponse {
        let body = line(value)
        guard !body.isEmpty else { return .problem(500, "the response could not be encoded") }
        return HTTPResponse(status: status, contentType: "application/json", body: body)
    }

    /// One value as a line of JSON (empty when it cannot be encoded).
    static func line<T: Encodable>(_ value: T) -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(value) else { return [] }
        return [UInt8](data) + [0x0A]
    }

    static func decode<T: Decodable>(_ type: T.Type, from request: HTTPRequest) -> Result<T, HTTPError> {
        if let contentType = request.header("Content-Type"),
            !contentType.lowercased().hasPrefix("application/json")
        {
            return .failure(HTTPError(415, "send the body as application/json"))
        }
        guard !request.body.isEmpty else { return .failure(HTTPError(400, "the request needs a JSON body")) }
        do { return .success(try JSONDecoder().decode(T.self, from: Data(request.body))) } catch let error
            as DecodingError
        {
            return .failure(HTTPError(400, "the JSON body does not fit: \(describe(error))"))
        } catch {
            return .failure(HTTPError(400, "the body is not JSON"))
        }
    }

    private static func describe(_ error: DecodingError) -> String {
        func path(_ keys: [any CodingKey]) -> String {
            keys.isEmpty
                ? "the body"
                : "'" + keys.map { $0.intValue.map(String.init) ?? $0.stringValue }.joined(separator: ".") + "'"
        }
        switch error {
        case .keyNotFound(let key, let c): return "\(path(c.codingPath + [key])) is missing"
        case .typeMismatch(_, let c): return "\(path(c.codingPath)) has the wrong type"
        case .valueNotFound(_, let c): return "\(path(c.codingPath)) is null"
        case .dataCorrupted(let c):
            return c.codingPath.isEmpty ? "it is not valid JSON" : "\(path(c.codingPath)) is invalid"
        @unknown default: return "it does not fit"
        }
    }
}

/// The error body of a refused call: which gates refused and why.
struct RefusalBody: Encodable {
    struct Detail: Encodable {
        var status: Int
        var message: String
        var gates: [GateView]
    }

    struct GateView: Encodable {
        var rule: String
        var passed: Bool
        var reason: String
    }

    var error: Detail
}
