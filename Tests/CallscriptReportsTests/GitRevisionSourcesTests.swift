import CallscriptCompiler
import CallscriptReports
import CallscriptTestSupport
import Foundation
import Testing

/// `callscript diff --git` reads each version from git, with its project root at that revision.
@Suite struct GitRevisionSourcesTests {
    static func git(_ args: [String], in folder: URL) throws {
        let r = try ExternalTool.run(
            "git", ["-C", folder.path, "-c", "user.name=Test", "-c", "user.email=test@example.com"] + args,
            installHint: "install git")
        #expect(r.status == 0, "git \(args.joined(separator: " ")): \(r.stderr)")
    }

    /// The project root at a revision is the nearest folder above the script whose tree held a
    /// `callscript.json` then, so `use "../gedeeld/..."` reads the shared file of that revision.
    @Test func theProjectRootIsFoundInTheRevisionsTree() throws {
        let repo = try ExternalTool.temporaryFolder()
        let campaign = repo.appendingPathComponent("campagnes/energie")
        try FileManager.default.createDirectory(at: campaign, withIntermediateDirectories: true)
        try Self.git(["init", "-q"], in: repo)
        try "x\n".write(to: campaign.appendingPathComponent("winback.call"), atomically: true, encoding: .utf8)
        try Self.git(["add", "."], in: repo)
        try Self.git(["commit", "-q", "-m", "zonder root"], in: repo)
        try "{}\n".write(
            to: repo.appendingPathComponent("campagnes/callscript.json"), atomically: true, encoding: .utf8)
        try Self.git(["add", "."], in: repo)
        try Self.git(["commit", "-q", "-m", "met root"], in: repo)
        let now = GitRevisionSources(
            revision: "HEAD", folder: "energie", workingFolder: repo.appendingPathComponent("campagnes"))
        #expect(now.projectFolder == ["energie"])
        let before = GitRevisionSources(
            revision: "HEAD~1", folder: "energie", workingFolder: repo.appendingPathComponent("campagnes"))
        #expect(before.projectFolder == nil)
        let fromTop = GitRevisionSources(revision: "HEAD", folder: "campagnes/energie", workingFolder: repo)
        #expect(fromTop.projectFolder == ["energie"])
        if case .bytes(let b) = fromTop.read("winback.call", isMain: true) {
            #expect(b == Array("x\n".utf8))
        } else {
            Issue.record("winback.call was not read at HEAD")
        }
        #expect(fromTop.read("geen.call", isMain: false) == .notFound)
        #expect(GitRevisionSources(revision: "-p", folder: "", workingFolder: repo).revisionProblem() != nil)
    }
}
