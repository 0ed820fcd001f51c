import CallscriptTestSupport
import Foundation
import Testing

/// `callscript serve` as a real process on loopback: it prints where it listens, serves the
/// desktop without a token and the API only with one, refuses non-compliant scripts, and stops
/// on SIGTERM.
@Suite(.serialized) struct ServeCommandTests {
    struct Running {
        let process: Process
        let port: UInt16
        let stderr: URL

        func stop() -> Int32 {
            process.terminate()
            process.waitUntilExit()
            return process.terminationStatus
        }
    }

    static func folder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("callscript-serve-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// Starts `serve` and waits (at most 60 s) for its "listening on" line.
    static func serve(_ args: [String], data: URL) throws -> Running {
        let process = Process()
        process.executableURL = BuiltBinary.url
        process.arguments = ["serve"] + args + ["--data", data.path, "--port", "0"]
        process.currentDirectoryURL = RepositoryPaths.root()
        let out = data.appendingPathComponent("serve.out")
        let err = data.appendingPathComponent("serve.err")
        FileManager.default.createFile(atPath: out.path, contents: nil)
        FileManager.default.createFile(atPath: err.path, contents: nil)
        process.standardOutput = try FileHandle(forWritingTo: out)
        process.standardError = try FileHandle(forWritingTo: err)
        try process.run()
        let deadline = Date().addingTimeInterval(60)
        while Date() < deadline {
            let text = (try? String(contentsOf: out, encoding: .utf8)) ?? ""
            if let range = text.range(of: "listening on http://127.0.0.1:") {
                let digits = text[range.upperBound...].prefix { $0.isNumber }
                if let port = UInt16(digits) { return Running(process: process, port: port, stderr: err) }
            }
            if !process.isRunning { break }
            usleep(50_000)
        }
        process.terminate()
        let log = (try? String(contentsOf: err, encoding: .utf8)) ?? ""
        throw RawClient.Failure(description: "serve did not start: \(log)")
    }

    @Test func servesTheDesktopAndTheAPIAndStopsOnSIGTERM() throws {
        let data = try Self.folder()
        let add = try BuiltBinary.run(["users", "add", "jan", "--role", "agent", "--data", data.path])
        #expect(add.status == 0, "\(add.stderr)")
        let token = add.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(token.hasPrefix("cs_") && token.count == 67)
        let users = try String(contentsOf: data.appendingPathComponent("users.json"), encoding: .utf8)
        #expect(!users.contains(token), "the token itself must never be stored")

        let running = try Self.serve(["Examples", "--practice", "--now", "2026-11-16T10:00"], data: data)
        let client = try RawClient(port: running.port)
        client.send("GET / HTTP/1.1\r\nHost: t\r\n\r\n")
        client.send("GET /v1/me HTTP/1.1\r\nHost: t\r\n\r\n")
        client.send("GET /v1/me HTTP/1.1\r\nHost: t\r\nAuthorization: Bearer \(token)\r\nConnection: close\r\n\r\n")
        let r = client.responses(3)
        client.close()
        #expect(r.map(\.status) == [200, 401, 200])
        #expect(r.first?.body.contains("<html") == true)
        #expect(r.last?.body.contains("\"jan\"") == true)
        #expect(running.stop() == 0)
        let log = try String(contentsOf: running.stderr, encoding: .utf8)
        #expect(log.contains("not served: Examples/noncompliant/NL-OPTOUT-AT-END.call"))
        #expect(log.contains("serving krant/abonnement"))
        #expect(log.contains("127.0.0.1 jan GET /v1/me 200"))
    }

    @Test func usageMistakesExitTwo() throws {
        let data = try Self.folder()
        #expect(try BuiltBinary.run(["serve"]).status == 2)
        #expect(try BuiltBinary.run(["serve", "Examples", "--port", "99999", "--data", data.path]).status == 2)
        #expect(
            try BuiltBinary.run(["serve", "Examples", "--allow-from", "10.0.0.0/99", "--data", data.path]).status == 2)
        #expect(try BuiltBinary.run(["users", "add", "jan", "--role", "boss", "--data", data.path]).status == 2)
        #expect(try BuiltBinary.run(["users", "add", "../jan", "--role", "agent", "--data", data.path]).status == 2)
        let real = try BuiltBinary.run(["serve", "Examples", "--now", "2026-11-16T10:00", "--data", data.path])
        #expect(real.status == 2, "a simulated time is refused on a real data folder: \(real.stderr)")
    }
}
