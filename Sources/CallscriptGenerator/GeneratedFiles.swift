import Foundation

/// The files a generator returns (paths relative to the script's folder, and their text),
/// written to disk: the one way the benchmark and the tests put a generated script into a folder.
public enum GeneratedFiles {
    /// Writes `files` under `folder`, creating the sub-folders they need, and returns the path
    /// of the main script (`ScriptGenerator.mainFile`).
    @discardableResult
    public static func write(_ files: [String: String], into folder: URL) throws -> String {
        for (path, text) in files {
            let url = folder.appendingPathComponent(path)
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
        return folder.appendingPathComponent(ScriptGenerator.mainFile).path
    }
}
