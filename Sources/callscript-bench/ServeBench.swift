import CallscriptHTTP
import CallscriptMachine
import CallscriptPostgres
import CallscriptPostgresStore
import CallscriptRuntime
import CallscriptService
import Foundation
import Synchronization

#if canImport(Glibc)
    import Glibc
#endif

/// The load figures of `callscript serve`: `agents` concurrent agents on loopback, each running
/// `calls` complete calls (start, read, "not convenient", opt-out, goodbye: six requests) over one
/// keep-alive connection, against a service on a fresh practice data folder. Bounded in count and
/// time; afterwards the audit chain is verified, so a lost or broken entry shows.
struct ServeBench {
    let agents: Int
    let calls: Int
    /// Seconds an agent takes between two inputs (reading a line, listening); 0 is flat out.
    let think: Double
    let folder: URL
    let script: String
    /// A PostgreSQL database to run on (a fresh schema of its own), or nil for the file store.
    var postgres: String? = nil
    let log: (String) -> Void

    func run() throws -> ServeResult {
        try? FileManager.default.removeItem(at: folder)
        let store: any RecordStore
        if let postgres {
            let schema = "bench_serve_\(getpid())_\(Int(think * 1000))"
            let admin = try PostgresConnection(postgres)
            try admin.execute("DROP SCHEMA IF EXISTS \(schema) CASCADE")
            try admin.execute("CREATE SCHEMA \(schema)")
            let separator = postgres.contains("?") ? "&" : "?"
            let database = PostgresRecordStore(url: postgres + separator + "options=-csearch_path%3D\(schema)")
            _ = try database.migrate()
            store = database
        } else {
            store = FileRecordStore(DataFolder(root: folder))
        }
        try store.markAsPractice()
        _ = try store.prepare()
        let root = URL(fileURLWithPath: script).deletingLastPathComponent().deletingLastPathComponent().path
        let catalog = CampaignCatalog.load(
            scripts: [script], root: root, on: CalendarDate(year: 2026, month: 11, day: 16))
        guard let campaign = catalog.sorted.first else {
            throw BenchError("the example does not compile: \(catalog.refused)")
        }
        // Monday 10:00 in Amsterdam: the hours gate passes whenever the bench runs.
        let floor = CallFloor(
            catalog: catalog, store: store, clock: .practice(at: Date(timeIntervalSince1970: 1_794_819_600)))
        let users = FileUserStore(dataFolder: folder.path)
        var issued: [String] = []
        for i in 0..<agents { issued.append(try users.add(name: "agent\(i)", role: .agent)) }
        let tokens = issued
        let calls = calls
        let think = think
        let service = RunnerService(floor: floor, users: users)
        let server = try HTTPServer(port: 0, limits: HTTPLimits(maxConnections: agents + 16)) { request, client in
            service.handle(request, from: client)
        }
        server.start()
        defer { server.stop() }

        let latencies = Mutex<[Double]>([])
        let errors = Mutex<[String]>([])
        let started = Date()
        // One thread per agent, all at once: concurrentPerform would run only as many as there are cores.
        let done = DispatchGroup()
        for agent in 0..<agents {
            done.enter()
            let thread = Thread {
                defer { done.leave() }
                runAgent(agent)
            }
            thread.stackSize = 1 << 20
            thread.start()
        }
        @Sendable func runAgent(_ agent: Int) {
            do {
                let client = try LoadClient(port: server.port, token: tokens[agent])
                defer { client.close() }
                for n in 0..<calls {
                    let phone = String(format: "+316%08d", agent * 1000 + n)
                    let contact = """
                        {"campaign":"\(campaign.id)","contact":{"id":"B-\(agent)-\(n)","phone":"\(phone)","last_purchase":"2026-06-01",\
                        "fields":{"voornaam":"Test","vorig_pakket":"weekend","bezorggebied":"ja"}}}
                        """
                    var times: [Double] = []
                    // Agents start spread over one think time, as a floor does, not in one burst.
                    if n == 0, think > 0 { usleep(UInt32(Double.random(in: 0..<think) * 1_000_000)) }
                    let (status, body, t) = try client.request("POST", "/v1/calls", contact)
                    times.append(t)
                    guard status == 201, let id = Self.callID(body) else {
                        throw BenchError("start: \(status) \(body)")
                    }
                    for input in [
                        #"{"type":"continue"}"#, #"{"type":"continue"}"#, #"{"type":"answer","answer":3}"#,
                        #"{"type":"continue"}"#, #"{"type":"continue"}"#,
                    ] {
                        if think > 0 { usleep(UInt32(think * 1_000_000)) }
                        let (status, body, t) = try client.request("POST", "/v1/calls/\(id)/input", input)
                        times.append(t)
                        guard status == 200 else { throw BenchError("input: \(status) \(body)") }
                    }
                    latencies.withLock { $0 += times }
                }
            } catch {
                errors.withLock { $0.append("\(error)") }
            }
        }
        done.wait()
        let seconds = Date().timeIntervalSince(started)
        let all = latencies.withLock { $0 }.sorted()
        let failures = errors.withLock { $0 }
        let report = AuditVerifier.verify(try store.auditContents())
        func percentile(_ p: Double) -> Double { all.isEmpty ? 0 : all[min(all.count - 1, Int(Double(all.count) * p))] }
        if let first = failures.first { log("serve: \(failures.count) agents failed, first: \(first)") }
        return ServeResult(
            store: postgres == nil ? "file" : "postgres", think: think, agents: agents,
            calls: agents * calls - failures.count * calls,
            requests: all.count,
            seconds: seconds, p50: percentile(0.5), p99: percentile(0.99), errors: failures.count,
            chainVerifies: report.problems.isEmpty, auditEntries: report.entries)
    }

    static func callID(_ body: String) -> String? {
        guard let data = body.data(using: .utf8),
            let object = (try? JSONSerialization.jsonObject(with: data)) as? [String: Any]
        else { return nil }
        return object["id"] as? String
    }
}

/// The serve figures of one store.
struct ServeResult: Codable {
    var store: String
    /// Seconds between an agent's inputs.
    var think: Double
    var agents: Int
    var calls: Int
    var requests: Int
    var seconds: Double
    var p50: Double
    var p99: Double
    var errors: Int
    var chainVerifies: Bool
    var auditEntries: Int

    var callsPerSecond: Double { seconds > 0 ? Double(calls) / seconds : 0 }
}

/// One agent's keep-alive HTTP/1.1 connection to the service, timing each request.
final class LoadClient {
    let fd: Int32
    let token: String
    private var buffer: [UInt8] = []

    init(port: UInt16, token: String) throws {
        self.token = token
        fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        var a = sockaddr_in()
        a.sin_family = sa_family_t(AF_INET)
        a.sin_port = port.bigEndian
        a.sin_addr.s_addr = inet_addr("127.0.0.1")
        let r = withUnsafePointer(to: &a) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        guard r == 0 else { throw BenchError("cannot connect to the service: errno \(errno)") }
        var timeout = timeval(tv_sec: 30, tv_usec: 0)
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
    }

    func close() { Glibc.close(fd) }

    func request(_ method: String, _ path: String, _ body: String) throws -> (Int, String, Double) {
        let bytes = Array(body.utf8)
        let head =
            "\(method) \(path) HTTP/1.1\r\nHost: bench\r\nAuthorization: Bearer \(token)\r\n"
            + "Content-Type: application/json\r\nContent-Length: \(bytes.count)\r\n\r\n"
        let message = Array(head.utf8) + bytes
        let start = Date()
        var offset = 0
        while offset < message.count {
            let n = message[offset...].withUnsafeBytes { send(fd, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
            guard n > 0 else { throw BenchError("send failed: errno \(errno)") }
            offset += n
        }
        var chunk = [UInt8](repeating: 0, count: 16 * 1024)
        while true {
            if let (status, text, used) = Self.response(buffer) {
                buffer.removeFirst(used)
                return (status, text, Date().timeIntervalSince(start))
            }
            let n = chunk.withUnsafeMutableBytes { recv(fd, $0.baseAddress, $0.count, 0) }
            guard n > 0 else { throw BenchError("the service closed the connection or timed out") }
            buffer += chunk[0..<n]
        }
    }

    static func response(_ b: [UInt8]) -> (Int, String, Int)? {
        guard
            let end = (0..<max(0, b.count - 3)).first(where: {
                b[$0] == 13 && b[$0 + 1] == 10 && b[$0 + 2] == 13 && b[$0 + 3] == 10
            })
        else { return nil }
        let head = String(decoding: b[0..<end], as: UTF8.self)
        let lines = head.components(separatedBy: "\r\n")
        let status = Int(lines[0].split(separator: " ").dropFirst().first ?? "") ?? 0
        var length = 0
        for line in lines.dropFirst() where line.lowercased().hasPrefix("content-length:") {
            length = Int(line.dropFirst(15).trimmingCharacters(in: .whitespaces)) ?? 0
        }
        guard b.count >= end + 4 + length else { return nil }
        return (status, String(decoding: b[(end + 4)..<(end + 4 + length)], as: UTF8.self), end + 4 + length)
    }
}
