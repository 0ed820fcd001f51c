import CallscriptTestSupport
import Foundation
import Testing

/// `callscript certify`: exit codes, JSON against its schema, and the HTML printed to an A4 PDF
/// by headless Chromium and read back with `pdftotext`. With `CALLSCRIPT_RECORD=1` the
/// screenshot of the first page replaces Docs/images/certificate.png.
@Suite(.serialized) struct CertifyCommandTests {
    static let root = RepositoryPaths.root()
    static let proven = "Examples/krant/abonnement.call"
    static let broken = "Examples/noncompliant/NL-OPTOUT-AT-END.call"

    static func chromium(_ args: [String]) throws -> ExternalTool.Output {
        // `timeout` bounds a browser that never returns; --no-sandbox because CI runs as root.
        try ExternalTool.run(
            "timeout",
            ["120", "chromium", "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars"] + args,
            installHint: "install Chromium (`apt-get install chromium`; CI does this in .ci/run)")
    }

    @Test func aProvenScriptGivesJSONThatMatchesTheSchema() throws {
        let r = try BuiltBinary.run(["certify", "--on", "2026-11-29", "--format", "json", Self.proven], in: Self.root)
        #expect(r.status == 0, "\(r.stderr)")
        let schema = RepositoryPaths.docs.appendingPathComponent("schemas/certificate.schema.json")
        let errors = try ExternalTool.schemaErrors(document: Data(r.stdout.utf8), schema: schema)
        #expect(errors.isEmpty, "\(errors.joined(separator: "\n"))")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        #expect(json["verdict"] as? String == "proven")
        #expect(json["checkedOn"] as? String == "2026-11-29")
        let compiled = try BuiltBinary.run(["compile", "--on", "2026-11-29", Self.proven], in: Self.root)
        let machine = try #require(try JSONSerialization.jsonObject(with: Data(compiled.stdout.utf8)) as? [String: Any])
        #expect(json["digest"] as? String == machine["digest"] as? String)
    }

    @Test func aBrokenRuleExitsOneAndStillWritesTheCertificate() throws {
        let out = try ExternalTool.temporaryFolder().appendingPathComponent("cert.json")
        let r = try BuiltBinary.run(
            ["certify", "--on", "2026-11-29", "--format", "json", "-o", out.path, Self.broken], in: Self.root)
        #expect(r.status == 1)
        #expect(r.stderr.contains("breaks 1 rule: NL-OPTOUT-AT-END"), "\(r.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: out)) as? [String: Any])
        #expect(json["verdict"] as? String == "broken")
        let rules = try #require(json["rules"] as? [[String: Any]])
        let optout = try #require(rules.first { $0["id"] as? String == "NL-OPTOUT-AT-END" })
        let finding = try #require((optout["findings"] as? [[String: Any]])?.first)
        #expect((finding["conversation"] as? [Any])?.isEmpty == false)
    }

    @Test func usageAndInputErrors() throws {
        #expect(try BuiltBinary.run(["certify"], in: Self.root).status == 2)
        #expect(try BuiltBinary.run(["certify", "Examples"], in: Self.root).status == 2)
        #expect(try BuiltBinary.run(["certify", "--format", "pdf", Self.proven], in: Self.root).status == 2)
        #expect(try BuiltBinary.run(["certify", "geen.call"], in: Self.root).status == 2)
        let syntax = try BuiltBinary.run(["certify", "-"], in: Self.root, input: "script \"x\" {\n")
        #expect(syntax.status == 1)
        #expect(syntax.stderr.contains("<stdin>:"), "\(syntax.stderr)")
    }

    @Test func standardInputWithANameResolvesUseBesideIt() throws {
        let text = try String(
            contentsOf: Self.root.appendingPathComponent("Examples/energie-optin/winback.call"), encoding: .utf8)
        let r = try BuiltBinary.run(
            [
                "certify", "--on", "2026-11-29", "--format", "json", "--stdin-name",
                "Examples/energie-optin/winback.call", "-",
            ], in: Self.root, input: text)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("\"path\" : \"Examples/energie-optin/../gedeeld/afsluiting.call\""))
    }

    @Test func theHTMLPrintsOnA4() throws {
        let folder = try ExternalTool.temporaryFolder()
        let html = folder.appendingPathComponent("certificate.html")
        let r = try BuiltBinary.run(["certify", "--on", "2026-11-29", "-o", html.path, Self.broken], in: Self.root)
        #expect(r.status == 1)
        let pdf = folder.appendingPathComponent("certificate.pdf")
        let printed = try Self.chromium(["--no-pdf-header-footer", "--print-to-pdf=\(pdf.path)", html.absoluteString])
        #expect(FileManager.default.fileExists(atPath: pdf.path), "\(printed.stderr)")
        let info = try ExternalTool.run("pdfinfo", [pdf.path], installHint: "install poppler-utils")
        #expect(info.stdout.contains("(A4)"), "\(info.stdout)")
        let text = try ExternalTool.run("pdftotext", ["-layout", pdf.path, "-"], installHint: "install poppler-utils")
            .stdout
        for expected in [
            "Proof certificate", "Loterij Nationale Natuurloterij 2026", "Belteam Oost B.V.", "nl-telemarketing",
            "2026-11-29", "callscript 0.1.0", "NL-OPTOUT-AT-END", "NL-GATE-HOURS", "Counterexample conversation",
            "Telecommunicatiewet",
        ] {
            #expect(text.contains(expected), "the PDF lacks \(expected)")
        }
        // Every rule of the policy is on paper, and the digest is not cut off at the margin.
        let json = try BuiltBinary.run(
            ["certify", "--on", "2026-11-29", "--format", "json", Self.broken], in: Self.root)
        let c = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        for rule in try #require(c["rules"] as? [[String: Any]]) {
            #expect(text.contains(rule["id"] as? String ?? "?"), "\(rule["id"] ?? "")")
        }
        #expect(text.contains(c["digest"] as? String ?? "?"))

        let png = folder.appendingPathComponent("certificate.png")
        _ = try Self.chromium(["--window-size=794,1123", "--screenshot=\(png.path)", html.absoluteString])
        let bytes = try Data(contentsOf: png)
        #expect(bytes.starts(with: [0x89, 0x50, 0x4E, 0x47]))
        if GoldenFile.isRecording {
            let target = RepositoryPaths.docs.appendingPathComponent("images/certificate.png")
            try? FileManager.default.removeItem(at: target)
            try FileManager.default.copyItem(at: png, to: target)
        }
    }
}
