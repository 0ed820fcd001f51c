import Foundation

/// Compares generated text with a checked-in golden file. With `CALLSCRIPT_RECORD=1` in the
/// environment the file is (re)written instead and the comparison passes.
public enum GoldenFile {
    /// True when golden files should be re-recorded.
    public static var isRecording: Bool { ProcessInfo.processInfo.environment["CALLSCRIPT_RECORD"] == "1" }

    /// Nil when `actual` equals the file's content (or was just recorded); otherwise a readable
    /// description of the first difference and how to re-record.
    public static func check(_ actual: String, against url: URL) -> String? {
        if isRecording {
            do {
                try FileManager.default.createDirectory(
                    at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try Data(actual.utf8).write(to: url)
                return nil
            } catch {
                return "could not record golden file \(url.lastPathComponent): \(error)"
            }
        }
        guard let data = FileManager.default.contents(atPath: url.path) else {
            return
                "golden file \(url.lastPathComponent) is missing; run the tests with CALLSCRIPT_RECORD=1 to create it"
        }
        let expected = String(decoding: data, as: UTF8.self)
        guard expected != actual else { return nil }
        return describeDifference(expected: expected, actual: actual, name: url.lastPathComponent)
    }

    /// The first differing line of two texts, with a line of context.
    public static func describeDifference(expected: String, actual: String, name: String) -> String {
        let expectedLines = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let actualLines = actual.split(separator: "\n", omittingEmptySubsequences: false)
        var line = 0
        while line < min(expectedLines.count, actualLines.count), expectedLines[line] == actualLines[line] { line += 1 }
        let want = line < expectedLines.count ? "  expected: \(expectedLines[line])" : "  expected: <end of file>"
        let got = line < actualLines.count ? "  actual:   \(actualLines[line])" : "  actual:   <end of output>"
        return """
            output differs from golden file \(name) at line \(line + 1) \
            (expected \(expectedLines.count) lines, got \(actualLines.count)):
            \(want)
            \(got)
            run the tests with CALLSCRIPT_RECORD=1 to re-record if the change is intended
            """
    }
}
