import CallscriptCalltest
import CallscriptDiagnostics
import CallscriptPreview
import Foundation
import Testing

/// Saving the path taken: only under the script's `tests/` folder, never over a file, and only
/// when the test runner passes it.
@Suite struct CalltestSaveTests {
    static var objection: [[String: Any]] {
        [
            ["kind": "continue"], ["kind": "continue"], ["kind": "answer", "index": 0],
            ["kind": "event", "value": "objection"],
        ]
    }

    func body(_ file: String?) -> [String: Any] {
        var body: [String: Any] = [
            "script": "energie-optin/winback.call", "contact": PreviewFixture.jan, "agent": "Sanne",
            "inputs": Self.objection, "name": "bezwaar tijdens het aanbod",
        ]
        if let file { body["file"] = file }
        return body
    }

    @Test func savesUnderTestsOnceAndTheFilePasses() throws {
        let f = try PreviewFixture(copying: ["energie-optin"])
        let saved = PreviewFixture.json(try f.post(PreviewFixture.url("api/calltest"), body("bezwaar")))
        #expect(saved["saved"] as? String == "energie-optin/tests/bezwaar.calltest")
        #expect(saved["passed"] as? Bool == true)
        #expect((saved["report"] as? String ?? "").contains("✔ bezwaar tijdens het aanbod"))
        let file = f.folder.appendingPathComponent("energie-optin/tests/bezwaar.calltest")
        let text = try String(contentsOf: file, encoding: .utf8)
        #expect(text == saved["text"] as? String)
        #expect(text.contains("script \"../winback.call\""))
        #expect(text.contains("event objection\n  expect objection recorded"))
        var suite = ScriptTestSuite()
        #expect(suite.run(source: SourceFile(path: file.path, text: text)).passed)
        let again = try f.post(PreviewFixture.url("api/calltest"), body("bezwaar.calltest"))
        #expect(again.status == 409, "an existing file is never overwritten")
    }

    @Test func withoutAFileOnlyShowsTheText() throws {
        let f = try PreviewFixture(copying: ["energie-optin"])
        let shown = PreviewFixture.json(try f.post(PreviewFixture.url("api/calltest"), body(nil)))
        #expect(shown["saved"] is NSNull || shown["saved"] == nil)
        #expect((shown["text"] as? String ?? "").contains("test \"bezwaar tijdens het aanbod\""))
        let tests = f.folder.appendingPathComponent("energie-optin/tests")
        #expect(try FileManager.default.contentsOfDirectory(atPath: tests.path) == ["winback.calltest"])
    }

    @Test(arguments: ["../winback.call", "sub/x.calltest", ".hidden", "", "a b.calltest"])
    func refusesFileNamesThatAreNotPlain(_ name: String) throws {
        let f = try PreviewFixture(copying: ["energie-optin"])
        #expect(try f.post(PreviewFixture.url("api/calltest"), body(name)).status == 422)
    }

    @Test func badBodiesAndMethodsGetClearErrors() throws {
        let f = try PreviewFixture(copying: ["energie-optin"])
        let garbage = f.service.handle(
            .init(
                method: "POST", path: PreviewFixture.url("api/run"), headers: [.init(name: "Host", value: "localhost")],
                body: Array("{".utf8)))
        #expect(garbage.status == 400)
        #expect(f.get(PreviewFixture.url("api/run")).status == 405)
        var contact = PreviewFixture.jan
        contact["zonnepanelen"] = "misschien"
        var wrong = body(nil)
        wrong["contact"] = contact
        let refused = try f.post(PreviewFixture.url("api/run"), wrong)
        #expect(refused.status == 422)
        #expect(String(decoding: refused.body, as: UTF8.self).contains("zonnepanelen"))
    }
}
