import CallscriptTestSupport
import Foundation
import Testing

/// `check --format sarif|github` as CI runs them, from the repository root.
@Suite struct ReportFormatTests {
    let script = "Examples/telecom/upgrade.call"

    @Test func sarifIsASARIFLogWithRepositoryRelativePaths() throws {
        let r = try BuiltBinary.run(["check", "--format", "sarif", script], in: RepositoryPaths.root())
        #expect(r.status == 0 || r.status == 1, "stderr: \(r.stderr)")
        let log = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        #expect(log["version"] as? String == "2.1.0")
        let run = try #require((log["runs"] as? [[String: Any]])?.first)
        let driver = try #require((run["tool"] as? [String: Any])?["driver"] as? [String: Any])
        #expect(driver["name"] as? String == "callscript")
        let results = try #require(run["results"] as? [[String: Any]])
        for result in results {
            let location = (result["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any]
            let uri = (location?["artifactLocation"] as? [String: Any])?["uri"] as? String
            #expect(
                uri?.hasPrefix("Examples/telecom/") == true, "uri \(uri ?? "none") is not relative to the repository")
        }
    }

    @Test func githubPrintsAnnotationsThenASummary() throws {
        let r = try BuiltBinary.run(["check", "--format", "github", script], in: RepositoryPaths.root())
        #expect(r.status == 0 || r.status == 1, "stderr: \(r.stderr)")
        let lines = r.stdout.split(separator: "\n")
        #expect(lines.last?.hasPrefix("checked 1 script: ") == true)
        for line in lines.dropLast() {
            #expect(
                line.hasPrefix("::error file=Examples/") || line.hasPrefix("::warning file=Examples/")
                    || line.hasPrefix("::notice file=Examples/"))
        }
    }

    @Test func unknownFormatListsTheFormats() throws {
        let r = try BuiltBinary.run(["check", "--format", "xml", script], in: RepositoryPaths.root())
        #expect(r.status == 2)
        #expect(r.stderr.contains("expected one of: text, json, sarif, github"))
    }
}

/// `callscript graph`.
@Suite struct GraphCommandTests {
    @Test func helpDescribesFormats() throws {
        let r = try BuiltBinary.run(["graph", "--help"])
        #expect(r.status == 0)
        #expect(r.stdout.contains("USAGE: callscript graph"))
        #expect(r.stdout.contains("--format dot|mermaid"))
        let main = try BuiltBinary.run(["--help"])
        #expect(main.stdout.contains("  graph "))
    }

    @Test func usageAndIOErrorsExitTwo() throws {
        let missing = try BuiltBinary.run(["graph", "does-not-exist.call"])
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("no such file: does-not-exist.call"))
        let folder = try BuiltBinary.run(["graph", RepositoryPaths.examples.path])
        #expect(folder.status == 2)
        let format = try BuiltBinary.run(["graph", "--format", "svg", "x.call"])
        #expect(format.status == 2)
        #expect(format.stderr.contains("expected one of: dot, mermaid"))
        let two = try BuiltBinary.run(["graph", "a.call", "b.call"])
        #expect(two.status == 2)
    }

    @Test func scriptWithoutAMachineIsNotDrawn() throws {
        let dir = try BuiltBinary.temporaryFolder()
        let file = dir.appendingPathComponent("kapot.call")
        try "script \"Kapot\" {\n  company \"X\"\n".write(to: file, atomically: true, encoding: .utf8)
        let r = try BuiltBinary.run(["graph", file.path])
        #expect(r.status == 1)
        #expect(r.stdout.isEmpty)
        #expect(r.stderr.contains("cannot draw"))
    }

    static var exampleScripts: [String] {
        RepositoryPaths.files(in: RepositoryPaths.examples, withExtension: "call")
            .filter { !$0.path.contains("/gedeeld/") }
            .map { String($0.path.dropFirst(RepositoryPaths.root().path.count + 1)) }
    }

    @Test(.disabled("needs compiler"), arguments: exampleScripts)
    func drawsEveryExample(_ script: String) throws {
        let root = RepositoryPaths.root()
        let dot = try BuiltBinary.run(["graph", script], in: root)
        #expect(dot.status == 0, "stderr: \(dot.stderr)")
        #expect(dot.stdout.hasPrefix("digraph \"callscript\" {"))
        #expect(dot.stdout.contains("subgraph \"cluster_"))
        #expect(dot.stdout.contains("\"__start\" -> "))
        let out = try BuiltBinary.temporaryFolder().appendingPathComponent("flow.mmd")
        let mermaid = try BuiltBinary.run(["graph", "--format", "mermaid", script, "-o", out.path], in: root)
        #expect(mermaid.status == 0, "stderr: \(mermaid.stderr)")
        let text = try String(contentsOf: out, encoding: .utf8)
        #expect(text.hasPrefix("stateDiagram-v2\n"))
        #expect(text.contains("[*] --> "))
    }
}
