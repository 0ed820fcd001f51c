import Foundation

/// Runs programs the tests need besides Swift (Graphviz, Python). A missing program is an
/// error with a clear message, never a skipped test: CI installs them (see `.ci/run`).
public enum ExternalTool {
    public struct Missing: Error, CustomStringConvertible {
        public let description: String
    }

    public struct Output {
        public var status: Int32
        public var stdout: String
        public var stderr: String
    }

    /// The first executable called `name` on PATH.
    public static func find(_ name: String) -> URL? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
        for folder in path.split(separator: ":") {
            let url = URL(fileURLWithPath: String(folder)).appendingPathComponent(name)
            if FileManager.default.isExecutableFile(atPath: url.path) { return url }
        }
        return nil
    }

    /// Runs `name args...`, or throws `Missing` with `installHint` when it is not installed.
    public static func run(_ name: String, _ args: [String], installHint: String) throws -> Output {
        guard let url = find(name) else {
            throw Missing(description: "`\(name)` was not found on PATH; \(installHint)")
        }
        let process = Process()
        process.executableURL = url
        process.arguments = args
        let folder = try temporaryFolder()
        let outURL = folder.appendingPathComponent("stdout")
        let errURL = folder.appendingPathComponent("stderr")
        _ = FileManager.default.createFile(atPath: outURL.path, contents: nil)
        _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)
        // Files rather than pipes: a chatty tool can never block on a full pipe.
        let out = try FileHandle(forWritingTo: outURL)
        let err = try FileHandle(forWritingTo: errURL)
        process.standardOutput = out
        process.standardError = err
        try process.run()
        process.waitUntilExit()
        try out.close()
        try err.close()
        return Output(
            status: process.terminationStatus,
            stdout: (try? String(contentsOf: outURL, encoding: .utf8)) ?? "",
            stderr: (try? String(contentsOf: errURL, encoding: .utf8)) ?? "")
    }

    public static func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("callscript-tools-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// Validates a JSON document against a JSON Schema (draft 4) with Python's `jsonschema`.
    /// Returns the validation errors, one per line; empty when valid.
    public static func schemaErrors(document: Data, schema: URL) throws -> [String] {
        let folder = try temporaryFolder()
        let instance = folder.appendingPathComponent("document.json")
        try document.write(to: instance)
        let script = """
            import json, sys
            try:
                import jsonschema
            except ImportError:
                print("MISSING: the Python package jsonschema is not installed; run `python3 -m pip install jsonschema`")
                sys.exit(3)
            schema = json.load(open(sys.argv[1], encoding="utf-8"))
            document = json.load(open(sys.argv[2], encoding="utf-8"))
            validator = jsonschema.Draft4Validator(schema, format_checker=jsonschema.FormatChecker())
            errors = sorted(validator.iter_errors(document), key=lambda e: [str(p) for p in e.absolute_path])
            for e in errors:
                print("/".join(str(p) for p in e.absolute_path) + ": " + e.message)
            sys.exit(1 if errors else 0)
            """
        let r = try run(
            "python3", ["-c", script, schema.path, instance.path],
            installHint: "install Python 3 and `python3 -m pip install jsonschema` (CI does this in .ci/run)")
        if r.status == 3 { throw Missing(description: r.stdout.trimmingCharacters(in: .whitespacesAndNewlines)) }
        if r.status != 0 && r.status != 1 { throw Missing(description: "python3 failed: \(r.stderr)") }
        return r.stdout.split(separator: "\n").map(String.init)
    }
}
