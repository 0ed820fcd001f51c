import CallscriptTestSupport
import Foundation
import Testing

/// `callscript preview` as a process, and a real headless Chromium on its page
/// (Tests/Browser/preview_page.py): pick an example, click through a sale, save the path as a
/// `.calltest`, break the script file and see the diagnostics refresh, repair it. With
/// `CALLSCRIPT_RECORD=1` its screenshots replace the ones Docs/preview.md shows.
@Suite(.serialized) struct PreviewBrowserTests {
    /// A running preview of `Examples` (a copy) inside `root`.
    struct Running {
        let process: Process
        let url: String
        let stderr: URL

        func stop() -> Int32 {
            process.terminate()
            process.waitUntilExit()
            return process.terminationStatus
        }
    }

    /// A copy of two example campaigns in `root/Examples`, so saves and edits never touch the repository.
    static func examples() throws -> URL {
        let root = try BuiltBinary.temporaryFolder()
        for name in ["energie-optin", "noncompliant"] {
            try FileManager.default.createDirectory(
                at: root.appendingPathComponent("Examples"), withIntermediateDirectories: true)
            try FileManager.default.copyItem(
                at: RepositoryPaths.examples.appendingPathComponent(name),
                to: root.appendingPathComponent("Examples/\(name)"))
        }
        return root
    }

    /// Starts `preview Examples` in `root` and waits (at most 60 s) for the address it prints.
    static func preview(in root: URL, _ extra: [String] = []) throws -> Running {
        let process = Process()
        process.executableURL = BuiltBinary.url
        process.arguments = ["preview", "Examples"] + extra
        process.currentDirectoryURL = root
        let out = root.appendingPathComponent("preview.out")
        let err = root.appendingPathComponent("preview.err")
        _ = FileManager.default.createFile(atPath: out.path, contents: nil)
        _ = FileManager.default.createFile(atPath: err.path, contents: nil)
        process.standardOutput = try FileHandle(forWritingTo: out)
        process.standardError = try FileHandle(forWritingTo: err)
        try process.run()
        let deadline = Date().addingTimeInterval(60)
        while Date() < deadline {
            let text = (try? String(contentsOf: out, encoding: .utf8)) ?? ""
            if let range = text.range(of: "preview on http://127.0.0.1:"), text.hasSuffix("\n") {
                let line = text[range.lowerBound...].split(separator: "\n")[0]
                return Running(process: process, url: String(line.dropFirst("preview on ".count)), stderr: err)
            }
            if !process.isRunning { break }
            usleep(50_000)
        }
        process.terminate()
        throw RawClient.Failure(
            description: "preview did not start: \((try? String(contentsOf: err, encoding: .utf8)) ?? "")")
    }

    @Test func printsATokenAddressOnLoopbackAndRefusesRequestsWithoutIt() throws {
        let root = try Self.examples()
        let running = try Self.preview(in: root)
        defer { _ = running.stop() }
        let token = running.url.split(separator: "/").last.map(String.init) ?? ""
        #expect(token.count == 64 && token.allSatisfy(\.isHexDigit), "\(running.url)")
        let port = UInt16(running.url.split(separator: ":")[2].prefix { $0.isNumber }) ?? 0
        let client = try RawClient(port: port)
        client.send("GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
        client.send("GET /\(token)/api/scripts HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
        let answers = client.responses(2)
        #expect(answers.map(\.status) == [403, 200])
        #expect(answers.last?.body.contains("\"energie-optin/winback.call\"") == true)
        client.close()
        let taken = try BuiltBinary.run(["preview", "Examples", "--port", "\(port)"], in: root)
        #expect(taken.status == 2 && taken.stderr.contains("error:"), "a port in use: \(taken.stderr)")
        #expect(running.stop() == 0, "Ctrl-C or SIGTERM stops the preview cleanly")
        let log = (try? String(contentsOf: running.stderr, encoding: .utf8)) ?? ""
        #expect(log.contains("practice mode"))
        #expect(!log.contains(token), "the log never shows the token")
    }

    @Test func usageMistakesExitTwoAndHelpNamesTheOptions() throws {
        let help = try BuiltBinary.run(["preview", "--help"])
        #expect(help.status == 0)
        #expect(help.stdout.contains("USAGE: callscript preview FOLDER") && help.stdout.contains("--no-dot"))
        let root = try Self.examples()
        for args in [
            ["preview"], ["preview", "Examples", "Examples"], ["preview", "nowhere"],
            ["preview", "Examples", "--port", "x"],
        ] {
            let r = try BuiltBinary.run(args, in: root)
            #expect(r.status == 2, "\(args): \(r.stderr)")
            #expect(r.stderr.contains("error:"), "\(args): \(r.stderr)")
        }
        let file = try BuiltBinary.run(["preview", "Examples/energie-optin/winback.call"], in: root)
        #expect(file.stderr.contains("preview shows the scripts of a folder"))
    }

    @Test func aDesignerClicksThroughSavesATestAndSeesTheDiagnosticsRefresh() throws {
        let root = try Self.examples()
        let running = try Self.preview(in: root)
        defer { _ = running.stop() }
        let shots = root.appendingPathComponent("screenshots")
        try FileManager.default.createDirectory(at: shots, withIntermediateDirectories: true)
        let script = RepositoryPaths.root().appendingPathComponent("Tests/Browser/preview_page.py")
        let examples = root.appendingPathComponent("Examples")
        let r = try ExternalTool.run(
            "python3", [script.path, running.url, examples.path, shots.path],
            installHint: "install Python 3 (CI does this in .ci/run)")
        #expect(r.status != 3, "\(r.stdout)")
        #expect(r.status == 0, "\(r.stdout)\n\(r.stderr)")
        #expect(r.stdout.contains("all checks passed"), "\(r.stdout)")
        // The saved file is a valid test: `callscript test` passes it.
        let saved = examples.appendingPathComponent("energie-optin/tests/verkoop-preview.calltest")
        let test = try BuiltBinary.run(["test", saved.path])
        #expect(test.status == 0, "\(test.stdout)\(test.stderr)")
        #expect(test.stdout.contains("✔ verkoop met toestemming"), "\(test.stdout)")
        // Practice mode: nothing but the saved test was written into the folder.
        let written = try FileManager.default.subpathsOfDirectory(atPath: examples.path).filter {
            !FileManager.default.fileExists(atPath: RepositoryPaths.examples.appendingPathComponent($0).path)
        }
        #expect(written == ["energie-optin/tests/verkoop-preview.calltest"], "\(written)")
        if GoldenFile.isRecording {
            let docs = RepositoryPaths.docs.appendingPathComponent("images")
            for name in ["preview", "preview-diagnostics", "preview-breaking"] {
                let target = docs.appendingPathComponent("\(name).png")
                try? FileManager.default.removeItem(at: target)
                try FileManager.default.copyItem(at: shots.appendingPathComponent("\(name).png"), to: target)
            }
        }
    }
}
