import CallscriptTestSupport
import Foundation
import Testing

/// What command-line users expect: `-` for standard input, `--quiet`, `fmt --diff`,
/// `FORCE_COLOR`, and SARIF paths from the project root when run in a subfolder.
@Suite struct CLIConventionsTests {
    static let root = RepositoryPaths.root()
    static let broken = "Examples/noncompliant/NL-OPTOUT-AT-END.call"

    static func text(_ path: String) throws -> String {
        try String(contentsOf: root.appendingPathComponent(path), encoding: .utf8)
    }

    @Test func checkAndCompileReadStandardInputUnderTheGivenName() throws {
        let stdin = try BuiltBinary.run(
            ["check", "--on", "2026-11-29", "--stdin-name", Self.broken, "-"], in: Self.root,
            input: try Self.text(Self.broken))
        let file = try BuiltBinary.run(["check", "--on", "2026-11-29", Self.broken], in: Self.root)
        #expect(stdin.status == 1)
        #expect(stdin.stdout == file.stdout)
        let unnamed = try BuiltBinary.run(["check", "-"], in: Self.root, input: try Self.text(Self.broken))
        #expect(unnamed.stdout.contains("<stdin>:"), "\(unnamed.stdout)")
        let winback = try Self.text("Examples/energie-optin/winback.call")
        let compiled = try BuiltBinary.run(
            ["compile", "--on", "2026-11-29", "--stdin-name", "Examples/energie-optin/winback.call", "-"],
            in: Self.root, input: winback)
        let fromFile = try BuiltBinary.run(
            ["compile", "--on", "2026-11-29", "Examples/energie-optin/winback.call"], in: Self.root)
        #expect(compiled.status == 0, "\(compiled.stderr)")
        #expect(compiled.stdout == fromFile.stdout)
    }

    @Test func quietPrintsOnlyErrors() throws {
        let warningOnly = "Examples/noncompliant/NL-COMPLAINT.call"
        let quiet = try BuiltBinary.run(["check", "--quiet", "--on", "2026-11-29", warningOnly], in: Self.root)
        #expect(quiet.status == 0 && quiet.stdout.isEmpty && quiet.stderr.isEmpty, "\(quiet.stdout)")
        let loud = try BuiltBinary.run(["check", "--on", "2026-11-29", warningOnly], in: Self.root)
        #expect(loud.stdout.contains("warning:"))
        let errors = try BuiltBinary.run(["check", "-q", "--on", "2026-11-29", Self.broken], in: Self.root)
        #expect(errors.status == 1 && errors.stdout.contains("error:") && !errors.stdout.contains("checked 1 script"))
        let out = try ExternalTool.temporaryFolder().appendingPathComponent("m.json")
        let compiled = try BuiltBinary.run(
            ["compile", "--quiet", "-o", out.path, "Examples/krant/abonnement.call"], in: Self.root)
        #expect(compiled.status == 0 && compiled.stderr.isEmpty, "\(compiled.stderr)")
    }

    @Test func fmtDiffPrintsAUnifiedDiffThatPatchApplies() throws {
        let folder = try ExternalTool.temporaryFolder()
        let messy = """
            script "Proef" {
                company "Zonnig Energie B.V."
              caller-id "+31 20 555 0100"
            }
            start a
            step a {
            identify "Goedemiddag, u spreekt met {agent} van {company}."
              end
            }

            """
        try messy.write(to: folder.appendingPathComponent("proef.call"), atomically: true, encoding: .utf8)
        let r = try BuiltBinary.run(["fmt", "--diff", "proef.call"], in: folder)
        #expect(r.status == 1)
        let expected = """
            --- a/proef.call
            +++ b/proef.call
            @@ -1,9 +1,11 @@
             script "Proef" {
            -    company "Zonnig Energie B.V."
            +  company "Zonnig Energie B.V."
               caller-id "+31 20 555 0100"
             }
            +
             start a
            +
             step a {
            -identify "Goedemiddag, u spreekt met {agent} van {company}."
            +  identify "Goedemiddag, u spreekt met {agent} van {company}."
               end
             }

            """
        #expect(r.stdout == expected)
        // Nothing was written; the diff applied with patch gives what fmt writes.
        #expect(try String(contentsOf: folder.appendingPathComponent("proef.call"), encoding: .utf8) == messy)
        let patchFile = folder.appendingPathComponent("fmt.patch")
        try r.stdout.write(to: patchFile, atomically: true, encoding: .utf8)
        let patched = try ExternalTool.run(
            "patch", ["-p1", "-d", folder.path, "-i", patchFile.path], installHint: "install patch")
        #expect(patched.status == 0, "\(patched.stdout)\(patched.stderr)")
        let formatted = try BuiltBinary.run(["fmt", "-"], in: folder, input: messy)
        #expect(formatted.status == 0)
        #expect(
            try String(contentsOf: folder.appendingPathComponent("proef.call"), encoding: .utf8) == formatted.stdout)
        let clean = try BuiltBinary.run(["fmt", "--diff", "proef.call"], in: folder)
        #expect(clean.status == 0 && clean.stdout.isEmpty)
        #expect(try BuiltBinary.run(["fmt", "--diff", "--check", "proef.call"], in: folder).status == 2)
    }

    @Test func forceColorColoursAPipeAndNoColorDoesNotWinOverIt() throws {
        let forced = try BuiltBinary.run(
            ["check", "--on", "2026-11-29", Self.broken], in: Self.root,
            environment: ["FORCE_COLOR": "1", "TERM": "xterm"])
        #expect(forced.stdout.contains("\u{1B}["))
        let both = try BuiltBinary.run(
            ["check", "--on", "2026-11-29", Self.broken], in: Self.root,
            environment: ["FORCE_COLOR": "1", "NO_COLOR": "1", "TERM": "xterm"])
        #expect(both.stdout.contains("\u{1B}["))
        let off = try BuiltBinary.run(
            ["check", "--on", "2026-11-29", Self.broken], in: Self.root, environment: ["FORCE_COLOR": "0"])
        #expect(!off.stdout.contains("\u{1B}["))
        let never = try BuiltBinary.run(
            ["check", "--color", "never", "--on", "2026-11-29", Self.broken], in: Self.root,
            environment: ["FORCE_COLOR": "1"])
        #expect(!never.stdout.contains("\u{1B}["))
        let plain = try BuiltBinary.run(["check", "--on", "2026-11-29", Self.broken], in: Self.root)
        #expect(!plain.stdout.contains("\u{1B}["))
    }

    /// Run from `campagnes/` in a project with a `callscript.json` at its top, SARIF names the
    /// file from the top (`campagnes/lot.call`) and says where SRCROOT is.
    @Test func sarifFromASubfolderNamesPathsFromTheProjectRoot() throws {
        let project = try ExternalTool.temporaryFolder()
        let campaigns = project.appendingPathComponent("campagnes")
        try FileManager.default.createDirectory(at: campaigns, withIntermediateDirectories: true)
        try "{}\n".write(to: project.appendingPathComponent("callscript.json"), atomically: true, encoding: .utf8)
        try Self.text(Self.broken).write(
            to: campaigns.appendingPathComponent("lot.call"), atomically: true, encoding: .utf8)
        let r = try BuiltBinary.run(["check", "--format", "sarif", "--on", "2026-11-29", "lot.call"], in: campaigns)
        #expect(r.status == 1)
        let log = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        let run = try #require((log["runs"] as? [[String: Any]])?.first)
        let base = try #require((run["originalUriBaseIds"] as? [String: Any])?["SRCROOT"] as? [String: Any])
        let uri = try #require(base["uri"] as? String)
        #expect(uri.hasPrefix("file://") && uri.hasSuffix("/"))
        #expect(
            URL(string: uri)?.standardizedFileURL.resolvingSymlinksInPath().path
                == project.standardizedFileURL.resolvingSymlinksInPath().path)
        let result = try #require((run["results"] as? [[String: Any]])?.first)
        let location = try #require(
            ((result["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any])?[
                "artifactLocation"] as? [String: Any])
        #expect(location["uri"] as? String == "campagnes/lot.call")
        #expect(location["uriBaseId"] as? String == "SRCROOT")
        let schema = RepositoryPaths.shared.appendingPathComponent("schemas/sarif-schema-2.1.0.json")
        let errors = try ExternalTool.schemaErrors(document: Data(r.stdout.utf8), schema: schema)
        #expect(errors.isEmpty, "\(errors.joined(separator: "\n"))")
        // From the root itself, nothing changes: relative paths and no originalUriBaseIds.
        let top = try BuiltBinary.run(["check", "--format", "sarif", "campagnes/lot.call"], in: project)
        #expect(top.stdout.contains("\"uri\" : \"campagnes/lot.call\"") && !top.stdout.contains("originalUriBaseIds"))
    }
}
