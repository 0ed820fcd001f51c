import CallscriptCompiler
import CallscriptDiagnostics
import CallscriptMachine
import Foundation

/// Fixture locations and small helpers shared by this target's tests.
enum CompilerFixtures {
    static var folder: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")
    }

    static func text(_ relativePath: String) throws -> String {
        try String(contentsOf: folder.appendingPathComponent(relativePath), encoding: .utf8)
    }
}

/// A fixed date so dated rules never make a test depend on the day it runs.
let testDate = CalendarDate(year: 2026, month: 3, day: 1)

/// Compiles in memory without the compliance verifier: these tests are about the language.
func compileText(_ source: String, files: [String: String] = [:], path: String = "main.call") -> CompileResult {
    Compiler.compile(
        source: source, path: path, files: files, options: CompileOptions(checkDate: testDate, verify: false))
}

/// The codes of errors and warnings, in output order.
func codes(_ result: CompileResult) -> [String] {
    result.diagnostics.filter { $0.severity != .note }.map(\.code)
}

/// A standard header for small test scripts.
let standardHeader = """
    script "Test" {
      company "Zonnig Energie B.V."
      caller-id "+31 20 555 0199"
      sector energy
      audience opt-in
    }

    """

/// Creates a fresh temporary folder, removed by the caller with `cleanUp`.
func makeTemporaryFolder() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("callscript-test-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
}

func write(_ text: String, to url: URL) throws {
    try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
    try Data(text.utf8).write(to: url)
}
