import CallscriptCompiler
import CallscriptDiagnostics
import CallscriptTestSupport
import Foundation
import Testing

/// A `callscript.json` at a repository's top lets `use` reach files under it, and nothing else.
@Suite struct ProjectRootTests {
    let closing = """
        step afsluiting {
          say "Tot ziens."
          end
        }
        """

    private func campaign(using path: String) -> String {
        standardHeader + """
            use "\(path)"
            start intro
            step intro {
              say "Goedemiddag."
              -> afsluiting
            }
            """
    }

    private func compile(_ url: URL) -> CompileResult {
        Compiler.compile(path: url.path, options: CompileOptions(checkDate: testDate, verify: false))
    }

    private func codes(_ result: CompileResult) -> [String] {
        result.diagnostics.filter { $0.severity == .error }.map(\.code)
    }

    /// A project with a root file, one campaign folder and a shared folder beside it.
    private func project(root: String? = "{}") throws -> URL {
        let dir = try makeTemporaryFolder()
        if let root { try write(root, to: dir.appendingPathComponent("callscript.json")) }
        try write(closing, to: dir.appendingPathComponent("gedeeld/afsluiting.call"))
        return dir
    }

    @Test func rootLetsCampaignsShareAFolder() throws {
        let dir = try project()
        defer { try? FileManager.default.removeItem(at: dir) }
        try write(campaign(using: "../gedeeld/afsluiting.call"), to: dir.appendingPathComponent("energie/main.call"))
        let result = compile(dir.appendingPathComponent("energie/main.call"))
        #expect(codes(result).isEmpty, "\(result.diagnostics.map(\.message))")
        #expect(result.machine?.sources.map(\.path) == ["main.call", "../gedeeld/afsluiting.call"])
        #expect(result.machine?.states.first { $0.step == "afsluiting" }?.source.file == "../gedeeld/afsluiting.call")
    }

    @Test func deeperCampaignClimbsTwice() throws {
        let dir = try project()
        defer { try? FileManager.default.removeItem(at: dir) }
        let main = dir.appendingPathComponent("klant/energie/main.call")
        try write(campaign(using: "../../gedeeld/afsluiting.call"), to: main)
        let result = compile(main)
        #expect(codes(result).isEmpty, "\(result.diagnostics.map(\.message))")
        #expect(result.machine?.sources.map(\.path) == ["main.call", "../../gedeeld/afsluiting.call"])
    }

    @Test func withoutRootTheFolderStaysTheLimit() throws {
        let dir = try project(root: nil)
        defer { try? FileManager.default.removeItem(at: dir) }
        // The temporary folder has no `.git` and no root above it.
        try write(campaign(using: "../gedeeld/afsluiting.call"), to: dir.appendingPathComponent("energie/main.call"))
        let result = compile(dir.appendingPathComponent("energie/main.call"))
        let escape = result.diagnostics.first { $0.code == "CS0104" }
        #expect(escape?.help?.contains("callscript.json") == true)
        #expect(result.machine == nil)
    }

    @Test func nothingOutsideTheRootIsRead() throws {
        let dir = try project()
        defer { try? FileManager.default.removeItem(at: dir) }
        let project = dir.appendingPathComponent("project")
        try write("{}", to: project.appendingPathComponent("callscript.json"))
        try write(closing, to: dir.appendingPathComponent("buiten.call"))
        try write(campaign(using: "../../buiten.call"), to: project.appendingPathComponent("energie/main.call"))
        let result = compile(project.appendingPathComponent("energie/main.call"))
        let escape = result.diagnostics.first { $0.code == "CS0108" }
        #expect(escape?.message == "'../../buiten.call' is outside the project root")
        #expect(escape?.range.file == "main.call")
        #expect(result.sources.keys.sorted() == ["main.call"])
    }

    @Test func noSymbolicLinkLeadsOut() throws {
        let dir = try project()
        defer { try? FileManager.default.removeItem(at: dir) }
        let project = dir.appendingPathComponent("project")
        try write("{}", to: project.appendingPathComponent("callscript.json"))
        try FileManager.default.createSymbolicLink(
            at: project.appendingPathComponent("gedeeld"), withDestinationURL: dir.appendingPathComponent("gedeeld"))
        try write(
            campaign(using: "../gedeeld/afsluiting.call"), to: project.appendingPathComponent("energie/main.call"))
        let result = compile(project.appendingPathComponent("energie/main.call"))
        let escape = result.diagnostics.first { $0.code == "CS0108" }
        #expect(escape?.message.contains("symbolic link") == true, "\(result.diagnostics.map(\.message))")
        #expect(result.machine == nil)
    }

    @Test func absolutePathsAreNeverRead() throws {
        let dir = try project()
        defer { try? FileManager.default.removeItem(at: dir) }
        let absolute = dir.appendingPathComponent("gedeeld/afsluiting.call").path
        try write(campaign(using: absolute), to: dir.appendingPathComponent("energie/main.call"))
        let result = compile(dir.appendingPathComponent("energie/main.call"))
        let refusal = result.diagnostics.first { $0.code == "CS0107" }
        #expect(refusal?.message.contains("an absolute path is never read") == true)
        #expect(result.sources.keys.sorted() == ["main.call"])
    }

    @Test func aBrokenRootFileIsAnError() throws {
        let dir = try project(root: "[\"geen object\"]")
        defer { try? FileManager.default.removeItem(at: dir) }
        try write(campaign(using: "../gedeeld/afsluiting.call"), to: dir.appendingPathComponent("energie/main.call"))
        let result = compile(dir.appendingPathComponent("energie/main.call"))
        #expect(codes(result) == ["CS0109"])
        #expect(result.diagnostics.first?.range.file == "../callscript.json")
    }

    @Test func theSearchStopsAtTheRepositoryTop() throws {
        let dir = try project()
        defer { try? FileManager.default.removeItem(at: dir) }
        let repository = dir.appendingPathComponent("repo")
        try FileManager.default.createDirectory(
            at: repository.appendingPathComponent(".git"), withIntermediateDirectories: true)
        #expect(ProjectRoot.find(from: repository.appendingPathComponent("energie")) == .none)
        #expect(
            ProjectRoot.find(from: dir.appendingPathComponent("gedeeld")).root?.folder.path
                == ProjectRoot(folder: dir).folder.path)
    }

    @Test func relativePathsForReports() throws {
        let dir = try project(root: "{\"name\": \"Campagnes\"}")
        defer { try? FileManager.default.removeItem(at: dir) }
        let root = try #require(ProjectRoot.find(from: dir.appendingPathComponent("gedeeld")).root)
        #expect(root.name == "Campagnes")
        #expect(
            root.relativePath(of: dir.appendingPathComponent("gedeeld/afsluiting.call")) == "gedeeld/afsluiting.call")
        #expect(root.relativePath(of: dir.deletingLastPathComponent()) == nil)
        #expect(root.components(of: dir) == [])
    }

    /// The example campaigns share `Examples/gedeeld/` through `Examples/callscript.json`.
    @Test func exampleCampaignsShareOneFolder() throws {
        let winback = RepositoryPaths.examples.appendingPathComponent("energie-optin/winback.call")
        let result = Compiler.compile(path: winback.path, options: CompileOptions(checkDate: testDate))
        #expect(!result.hasErrors, "\(result.diagnostics.map(\.message))")
        #expect(result.machine?.sources.map(\.path).contains("../gedeeld/afsluiting.call") == true)
        let root = ProjectRoot.find(from: winback.deletingLastPathComponent()).root
        #expect(root?.relativePath(of: winback) == "energie-optin/winback.call")
    }

    @Test func inMemoryProjectsResolveLikeTheDisk() {
        let sources = InMemorySources(
            texts: ["main.call": campaign(using: "../gedeeld/afsluiting.call"), "../gedeeld/afsluiting.call": closing],
            projectFolder: ["energie"])
        let result = Compiler.compile(
            main: "main.call", from: sources, options: CompileOptions(checkDate: testDate, verify: false))
        #expect(codes(result).isEmpty, "\(result.diagnostics.map(\.message))")
        // Climbing back into the campaign's own folder gives the short path.
        let back = InMemorySources(
            texts: ["main.call": campaign(using: "../energie/slot.call"), "slot.call": closing],
            projectFolder: ["energie"])
        let again = Compiler.compile(
            main: "main.call", from: back, options: CompileOptions(checkDate: testDate, verify: false))
        #expect(again.machine?.sources.map(\.path) == ["main.call", "slot.call"])
    }
}
