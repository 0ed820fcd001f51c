import CallscriptHTTP
import CallscriptPreview
import Foundation
import Testing

/// The page's server: the token on every path, loopback host names only, the API's answers.
@Suite struct PreviewServiceTests {
    @Test func everyRequestNeedsTheTokenAndALoopbackHost() throws {
        let f = try PreviewFixture(copying: ["energie-optin"])
        #expect(f.get("/").status == 403)
        #expect(f.get("/api/scripts").status == 403)
        #expect(f.get("/\(String(repeating: "ab", count: 31))ac/").status == 403)
        #expect(f.get("/\(String(repeating: "ab", count: 32))x/").status == 403, "a longer token is not the token")
        #expect(f.get(PreviewFixture.url(""), host: "evil.example:8123").status == 403)
        #expect(f.get(PreviewFixture.url("")).status == 200)
        #expect(f.get(PreviewFixture.url(""), host: "[::1]:8123").status == 200)
        let bare = f.get("/\(PreviewFixture.token.value)")
        #expect(bare.status == 303)
        #expect(bare.headers.contains { $0.name == "Location" && $0.value == PreviewFixture.url("") })
    }

    @Test func servesThePageAndItsAssetsWithAStrictPolicy() throws {
        let f = try PreviewFixture(copying: ["energie-optin"])
        for path in PreviewAssets.paths {
            let r = f.get(PreviewFixture.url(String(path.dropFirst())))
            #expect(r.status == 200, "\(path)")
            let csp = r.headers.first { $0.name == "Content-Security-Policy" }?.value ?? ""
            #expect(csp.contains("script-src 'self'") && csp.contains("frame-ancestors 'none'"))
        }
        let page = String(decoding: f.get(PreviewFixture.url("")).body, as: UTF8.self)
        #expect(page.contains("src=\"assets/preview.js\""), "relative URLs keep the token")
        #expect(f.get(PreviewFixture.url("assets/nothing.js")).status == 404)
        #expect(f.get(PreviewFixture.url("api/nothing")).status == 404)
    }

    @Test func listsScriptsButNotSharedFiles() throws {
        let f = try PreviewFixture()
        let list = PreviewFixture.json(f.get(PreviewFixture.url("api/scripts")))
        let scripts = list["scripts"] as? [String] ?? []
        #expect(scripts.contains("energie-optin/winback.call"))
        #expect(scripts.contains("noncompliant/NL-OPTOUT-AT-END.call"))
        #expect(!scripts.contains("energie-optin/gedeeld/afsluiting.call"), "a used file is not a script")
        #expect(f.get(PreviewFixture.url("api/script?path=../etc/passwd")).status == 404)
        #expect(f.get(PreviewFixture.url("api/script?path=energie-optin/gedeeld/afsluiting.call")).status == 404)
        let workspace = f.service.workspace
        for path in [
            "/etc/hostname", "energie-optin/../energie-optin/winback.call", "./energie-optin/winback.call",
            "energie-optin/demo/README.md", "energie-optin", "energie-optin//winback.call",
        ] {
            #expect(workspace.file(of: path) == nil, "\(path)")
        }
        for script in scripts { #expect(workspace.file(of: script) != nil, "\(script)") }
    }

    @Test func aCleanScriptIsRunnableWithItsContactFields() throws {
        let f = try PreviewFixture(copying: ["energie-optin"])
        let view = PreviewFixture.json(f.get(PreviewFixture.url("api/script?path=energie-optin/winback.call")))
        #expect(view["errors"] as? Int == 0)
        #expect(view["runnable"] as? Bool == true)
        let fields = (view["contactFields"] as? [[String: Any]] ?? []).compactMap { $0["name"] as? String }
        #expect(fields == ["voornaam", "klant_tot", "jaarverbruik_kwh", "zonnepanelen"])
        #expect((view["handlers"] as? [String] ?? []).contains("voicemail"))
        let graph = view["graph"] as? [String: Any] ?? [:]
        #expect(graph["format"] as? String == "text", "the fixture has no dot")
        #expect((graph["body"] as? String ?? "").contains("start → opening.1"))
    }

    @Test func aFailingScriptShowsItsDiagnosticAndBreakingPathButDoesNotRun() throws {
        let f = try PreviewFixture(copying: ["noncompliant"])
        let path = "noncompliant/NL-OPTOUT-AT-END.call"
        let view = PreviewFixture.json(f.get(PreviewFixture.url("api/script?path=\(path)")))
        #expect((view["errors"] as? Int ?? 0) > 0)
        #expect(view["runnable"] as? Bool == false)
        let diagnostics = view["diagnostics"] as? [[String: Any]] ?? []
        let optout = diagnostics.first { $0["code"] as? String == "NL-OPTOUT-AT-END" }
        #expect((optout?["location"] as? String ?? "").hasPrefix(path + ":"), "paths relative to the folder")
        #expect((optout?["text"] as? String ?? "").contains("^"), "rendered as check prints it, with the caret")
        #expect(view["breakingPath"] is String)
        let body = (view["graph"] as? [String: Any])?["body"] as? String ?? ""
        #expect(body.contains("▶ breaking path:"))
        let run = try f.post(
            PreviewFixture.url("api/run"), ["script": path, "contact": [String: String](), "inputs": [Any]()])
        #expect(run.status == 409)
    }

    @Test func theWatchAnswersWhenAUsedFileIsSaved() throws {
        let f = try PreviewFixture(copying: ["energie-optin"])
        let view = PreviewFixture.json(f.get(PreviewFixture.url("api/script?path=energie-optin/winback.call")))
        let version = view["version"] as? String ?? ""
        let same = PreviewFixture.json(
            f.get(PreviewFixture.url("api/watch?path=energie-optin/winback.call&version=\(version)")))
        #expect(same["changed"] as? Bool == false, "nothing changed within the timeout")
        let shared = f.folder.appendingPathComponent("gedeeld/afsluiting.call")
        try (try String(contentsOf: shared, encoding: .utf8) + "\n# bewerkt\n").write(
            to: shared, atomically: true, encoding: .utf8)
        let changed = PreviewFixture.json(
            f.get(PreviewFixture.url("api/watch?path=energie-optin/winback.call&version=\(version)")))
        #expect(changed["changed"] as? Bool == true)
        #expect(changed["version"] as? String != version)
    }

    @Test func hostNames() {
        #expect(PreviewService.isLoopback(host: "127.0.0.1:80"))
        #expect(PreviewService.isLoopback(host: "LOCALHOST"))
        #expect(!PreviewService.isLoopback(host: "127.0.0.1.evil.example"))
        #expect(!PreviewService.isLoopback(host: nil))
    }
}
