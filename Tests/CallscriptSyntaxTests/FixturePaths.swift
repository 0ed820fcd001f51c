import CallscriptDiagnostics
import Foundation

/// Finds this target's fixture files relative to this source file.
enum Fixtures {
    static var folder: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")
    }

    /// Loads a fixture as a SourceFile whose path is relative to the fixture folder.
    static func load(_ relativePath: String) throws -> SourceFile {
        let data = try Data(contentsOf: folder.appendingPathComponent(relativePath))
        return SourceFile(path: relativePath, bytes: Array(data))
    }
}
