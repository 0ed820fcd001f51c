import Foundation

/// The `--format json` report of `callscript check` (schema in `Docs/cli.md`).
public struct JSONReport: Codable, Sendable, Hashable {
    /// Schema version of this report.
    public var version: Int
    /// The tool and its version, e.g. `callscript 0.1.0`.
    public var tool: String
    /// Every main script checked, in the order given.
    public var files: [String]
    /// All diagnostics, sorted by file and position.
    public var diagnostics: [Diagnostic]
    /// Findings the scripts let through with a reason (`# callscript: allow ...`); absent when none.
    public var silenced: [SilencedFinding]?
    public var summary: Summary

    /// Counts by severity.
    public struct Summary: Codable, Sendable, Hashable {
        public var errors: Int
        public var warnings: Int
        public var notes: Int
    }

    public init(tool: String, files: [String], diagnostics: [Diagnostic], silenced: [SilencedFinding] = []) {
        self.version = 1
        self.tool = tool
        self.files = files
        self.diagnostics = diagnostics
        self.silenced = silenced.isEmpty ? nil : silenced
        self.summary = Summary(
            errors: diagnostics.filter { $0.severity == .error }.count,
            warnings: diagnostics.filter { $0.severity == .warning }.count,
            notes: diagnostics.filter { $0.severity == .note }.count)
    }

    /// Pretty JSON with sorted keys (stable for golden files and diffs).
    public func encoded() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(self)
    }
}
