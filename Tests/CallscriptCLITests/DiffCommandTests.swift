import CallscriptTestSupport
import Foundation
import Testing

/// `callscript diff` as CI runs it: two files, and two revisions of a temporary git repository.
@Suite struct DiffCommandTests {
    static let root = RepositoryPaths.root()
    static let fixtures = "Tests/CallscriptReportsTests/DiffFixtures"

    @Test func aRegressionExitsOne() throws {
        let r = try BuiltBinary.run(
            [
                "diff", "--on", "2026-11-29", "\(Self.fixtures)/winback-v3/winback.call",
                "\(Self.fixtures)/winback-v4/winback.call",
            ], in: Self.root)
        #expect(r.status == 1)
        #expect(r.stdout.contains("NL-OPTOUT-AT-END: proven → broken  (regression)"), "\(r.stdout)")
        #expect(r.stderr.contains("1 rule went from proven to broken: NL-OPTOUT-AT-END"))
        let back = try BuiltBinary.run(
            [
                "diff", "--on", "2026-11-29", "--format", "markdown", "\(Self.fixtures)/winback-v4/winback.call",
                "\(Self.fixtures)/winback-v3/winback.call",
            ], in: Self.root)
        #expect(back.status == 0, "\(back.stderr)")
        #expect(back.stdout.hasPrefix("### Compliance diff:"))
    }

    @Test func usageErrors() throws {
        #expect(try BuiltBinary.run(["diff", "a.call"], in: Self.root).status == 2)
        #expect(try BuiltBinary.run(["diff", "a.call", "b.call"], in: Self.root).status == 2)
        #expect(try BuiltBinary.run(["diff", "--git", "HEAD", "a.call"], in: Self.root).status == 2)
        let dash = try BuiltBinary.run(["diff", "--git", "--output=x", "HEAD", "a.call"], in: Self.root)
        #expect(dash.status == 2)
    }

    static func git(_ args: [String], in folder: URL) throws {
        let r = try ExternalTool.run(
            "git", ["-C", folder.path, "-c", "user.name=Test", "-c", "user.email=test@example.com"] + args,
            installHint: "install git")
        #expect(r.status == 0, "git \(args.joined(separator: " ")): \(r.stderr)")
    }

    /// Version 3 is committed, then version 4 (main script and the shared file it uses), then
    /// the work tree is changed again: the diff reads each revision's blobs, never the work tree.
    @Test func twoRevisionsOfARepository() throws {
        let repo = try ExternalTool.temporaryFolder()
        let campaign = repo.appendingPathComponent("campagnes/energie")
        try FileManager.default.createDirectory(at: campaign, withIntermediateDirectories: true)
        try Self.git(["init", "-q"], in: repo)
        func place(_ version: String) throws {
            let source = Self.root.appendingPathComponent("\(Self.fixtures)/\(version)")
            for file in ["winback.call", "gedeeld/afsluiting.call"] {
                let target = campaign.appendingPathComponent(file)
                try FileManager.default.createDirectory(
                    at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
                try? FileManager.default.removeItem(at: target)
                try FileManager.default.copyItem(at: source.appendingPathComponent(file), to: target)
            }
        }
        try place("winback-v3")
        try Self.git(["add", "."], in: repo)
        try Self.git(["commit", "-q", "-m", "versie 3"], in: repo)
        try place("winback-v4")
        try Self.git(["commit", "-q", "-a", "-m", "versie 4"], in: repo)
        try "kapot".write(to: campaign.appendingPathComponent("winback.call"), atomically: true, encoding: .utf8)

        let r = try BuiltBinary.run(
            ["diff", "--on", "2026-11-29", "--git", "HEAD~1", "HEAD", "energie/winback.call"],
            in: repo.appendingPathComponent("campagnes"))
        #expect(r.status == 1, "\(r.stderr)")
        let golden = Self.root.appendingPathComponent("\(Self.fixtures)/golden/winback.diff.txt")
        let expected = try String(contentsOf: golden, encoding: .utf8)
            .replacingOccurrences(of: "winback-v3/winback.call", with: "HEAD~1:energie/winback.call")
            .replacingOccurrences(of: "winback-v4/winback.call", with: "HEAD:energie/winback.call")
        #expect(r.stdout == expected)

        let same = try BuiltBinary.run(
            ["diff", "--git", "HEAD", "HEAD", "energie/winback.call"], in: repo.appendingPathComponent("campagnes"))
        #expect(same.status == 0 && same.stdout.contains("no compliance-relevant changes"), "\(same.stderr)")
        let unknown = try BuiltBinary.run(["diff", "--git", "HEAD~5", "HEAD", "energie/winback.call"], in: campaign)
        #expect(unknown.status == 2)
        let missing = try BuiltBinary.run(["diff", "--git", "HEAD~1", "HEAD", "geen.call"], in: campaign)
        #expect(missing.status == 1 && missing.stderr.contains("geen.call"), "\(missing.stderr)")
    }
}
