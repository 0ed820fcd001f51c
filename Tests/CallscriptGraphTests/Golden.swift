import CallscriptTestSupport
import Foundation
import Testing

/// Compares output with a file under `Tests/CallscriptGraphTests/Golden/`. Run the tests with
/// `CALLSCRIPT_RECORD=1` to write the files instead (then review the diff before committing).
enum Golden {
    static var folder: URL {
        RepositoryPaths.root().appendingPathComponent("Tests/CallscriptGraphTests/Golden")
    }

    static func check(_ actual: String, named name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let url = folder.appendingPathComponent(name)
        if ProcessInfo.processInfo.environment["CALLSCRIPT_RECORD"] == "1" {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try actual.write(to: url, atomically: true, encoding: .utf8)
            return
        }
        guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
            Issue.record(
                "golden file \(name) is missing; run the tests with CALLSCRIPT_RECORD=1 to create it",
                sourceLocation: sourceLocation)
            return
        }
        #expect(
            actual == expected,
            "output differs from Golden/\(name); if the change is intended, re-record with CALLSCRIPT_RECORD=1",
            sourceLocation: sourceLocation)
    }
}
