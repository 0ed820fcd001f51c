import CallscriptCompiler
import CallscriptDiagnostics
import CallscriptTestSupport
import Foundation
import Testing

/// One fixture: a single script in `valid/` or `invalid/`, or a folder in `projects/` whose
/// `main.call` uses other files. Expected diagnostics are `#~` comments in each file.
struct Fixture: Sendable, CustomTestStringConvertible {
    var main: URL
    var name: String
    var testDescription: String { name }

    static func all() -> [Fixture] {
        let root = CompilerFixtures.folder
        var out: [Fixture] = []
        for folder in ["valid", "invalid"] {
            for url in RepositoryPaths.files(in: root.appendingPathComponent(folder), withExtension: "call") {
                out.append(Fixture(main: url, name: "\(folder)/\(url.lastPathComponent)"))
            }
        }
        let projects = root.appendingPathComponent("projects")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: projects.path)) ?? []
        for name in names.sorted() {
            out.append(
                Fixture(
                    main: projects.appendingPathComponent(name).appendingPathComponent("main.call"),
                    name: "projects/\(name)"))
        }
        return out
    }
}

@Suite struct FixtureTests {
    @Test(arguments: Fixture.all())
    func diagnosticsMatchExpectations(_ fixture: Fixture) {
        let result = Compiler.compile(
            path: fixture.main.path, options: CompileOptions(checkDate: testDate, verify: false))
        var problems: [String] = []
        for (path, source) in result.sources.sorted(by: { $0.key < $1.key }) {
            problems += ExpectedDiagnostics.check(source, against: result.diagnostics.filter { $0.range.file == path })
        }
        for diagnostic in result.diagnostics where result.sources[diagnostic.range.file] == nil {
            problems.append(
                "diagnostic in unknown file '\(diagnostic.range.file)': \(diagnostic.code) \(diagnostic.message)")
        }
        #expect(problems.isEmpty, "\(fixture.name):\n\(problems.joined(separator: "\n"))")
        // A script without errors always lowers to a machine.
        #expect(result.hasErrors == (result.machine == nil))
    }

    @Test func fixturesExist() {
        #expect(Fixture.all().count >= 8)
    }

    @Test func sharedFilesAreMergedAndDigested() throws {
        let main = CompilerFixtures.folder.appendingPathComponent("projects/shared-closing/main.call")
        let result = Compiler.compile(path: main.path, options: CompileOptions(checkDate: testDate, verify: false))
        let machine = try #require(result.machine, "\(result.diagnostics)")
        #expect(machine.sources.map(\.path) == ["main.call", "gedeeld/afsluiting.call", "gedeeld/velden.call"])
        #expect(machine.states.first { $0.id == "afsluiting.1" }?.source.file == "gedeeld/afsluiting.call")
        #expect(machine.states.first { $0.id == "intro.1" }?.transitions == [.next("afsluiting.1")])
        #expect(machine.states.first { $0.id == "afsluiting.2" }?.transitions == [.next("einde.1")])
        #expect(result.folder.hasSuffix("shared-closing"))
        #expect(result.userPath("gedeeld/velden.call").hasSuffix("shared-closing/gedeeld/velden.call"))
    }
}
