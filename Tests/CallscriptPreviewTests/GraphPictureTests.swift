import CallscriptGraph
import CallscriptMachine
import CallscriptPreview
import Foundation
import Testing

/// The flow graph: Graphviz SVG with the breaking path in the graph's red, or the text outline.
@Suite struct GraphPictureTests {
    static let day = CalendarDate(year: 2026, month: 12, day: 1)

    func preview(_ script: String) throws -> ScriptPreview {
        let f = try PreviewFixture(copying: ["noncompliant", "energie-optin"])
        return try #require(ScriptPreview(script, in: f.service.workspace, on: Self.day))
    }

    @Test func graphvizDrawsTheBreakingPathInRed() throws {
        let dot = try #require(GraphPicture.findDot(), "install Graphviz (CI does this in .ci/run)")
        let preview = try preview("noncompliant/NL-OPTOUT-AT-END.call")
        let machine = try #require(preview.result.machine)
        let picture = GraphPicture.draw(FlowGraph(machine: machine, highlighting: preview.breakingPath), dot: dot)
        #expect(picture.format == .svg)
        #expect(picture.body.hasPrefix("<svg"), "no XML prolog: the page puts the element in its document")
        #expect(picture.body.contains("stroke=\"\(RoleStyle.pathColor)\""))
        let clean = try self.preview("energie-optin/winback.call")
        let plain = GraphPicture.draw(FlowGraph(machine: try #require(clean.result.machine)), dot: dot)
        #expect(!plain.body.contains("stroke=\"\(RoleStyle.pathColor)\""), "a clean script has no red path")
    }

    @Test func withoutGraphvizTheOutlineMarksTheBreakingPath() throws {
        let preview = try preview("noncompliant/NL-OPTOUT-AT-END.call")
        let machine = try #require(preview.result.machine)
        let path = try #require(preview.breakingPath)
        let picture = GraphPicture.draw(FlowGraph(machine: machine, highlighting: path), dot: nil)
        #expect(picture.format == .text)
        #expect(picture.note?.contains("not installed") == true)
        #expect(!picture.failed)
        let marked = picture.body.split(separator: "\n").filter { $0.hasPrefix("▶") }.map(String.init)
        for step in path.steps {
            #expect(marked.contains { $0.contains(" \(step.state) ") }, "\(step.state) is not marked: \(picture.body)")
        }
        #expect(picture.body.contains("at any moment: on complaint"))
    }

    @Test func aBrokenDotFallsBackToTheOutlineWithTheReason() throws {
        let preview = try preview("energie-optin/winback.call")
        let picture = GraphPicture.draw(FlowGraph(machine: try #require(preview.result.machine)), dot: "/bin/false")
        #expect(picture.format == .text)
        #expect(picture.note?.contains("`dot` failed") == true)
        #expect(picture.failed, "the page says Graphviz failed, not that it is missing")
    }

    @Test func findsDotOnThePath() throws {
        let folder = try FileManager.default.url(
            for: .itemReplacementDirectory, in: .userDomainMask, appropriateFor: URL(fileURLWithPath: "/tmp"),
            create: true)
        #expect(GraphPicture.findDot(path: folder.path) == nil)
        let fake = folder.appendingPathComponent("dot")
        try "#!/bin/sh\n".write(to: fake, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: fake.path)
        #expect(GraphPicture.findDot(path: "/nonexistent:" + folder.path) == fake.path)
    }
}
