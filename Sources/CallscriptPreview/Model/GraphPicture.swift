import CallscriptGraph
import CallscriptMachine
import Foundation

/// The flow graph of a script as the page shows it: SVG drawn by Graphviz `dot` from the
/// graph's DOT when `dot` is installed, or else the text outline of the same graph.
public struct GraphPicture: Sendable, Hashable {
    /// SVG markup, or the plain-text outline.
    public enum Format: String, Sendable, Hashable {
        case svg
        case text
    }

    public var format: Format
    /// The `<svg>` element, or the outline text.
    public var body: String
    /// Why there is no SVG (no `dot`, or `dot` failed), for the page to say so.
    public var note: String?
    /// True when `dot` was there but could not draw the graph (the note says why).
    public var failed: Bool = false

    /// Draws `graph`; `dot` is the Graphviz executable, nil for the text outline.
    public static func draw(_ graph: FlowGraph, dot: String?) -> GraphPicture {
        let outline = FlowOutline.render(graph)
        guard let dot else {
            return GraphPicture(format: .text, body: outline, note: "Graphviz `dot` is not installed (or --no-dot)")
        }
        switch Self.run(dot, input: DOTGraph(graph).render()) {
        case .success(let svg): return GraphPicture(format: .svg, body: svg, note: nil)
        case .failure(let reason): return GraphPicture(format: .text, body: outline, note: reason.message, failed: true)
        }
    }

    /// The first executable `dot` on `PATH`.
    public static func findDot(path: String? = ProcessInfo.processInfo.environment["PATH"]) -> String? {
        for folder in (path ?? "").split(separator: ":") {
            let candidate = String(folder) + "/dot"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }

    struct Failure: Error {
        var message: String
    }

    /// Runs `dot -Tsvg` on a temporary file, killed after 10 seconds so a huge graph cannot hang
    /// the page. A file rather than a pipe: writing into the pipe of a `dot` that already exited
    /// would raise SIGPIPE in this process.
    static func run(_ dot: String, input: String) -> Result<String, Failure> {
        let source = FileManager.default.temporaryDirectory.appendingPathComponent(
            "callscript-preview-\(UUID().uuidString).dot")
        do { try Data(input.utf8).write(to: source) } catch {
            return .failure(Failure(message: "the graph could not be written for `dot`: \(error.localizedDescription)"))
        }
        defer { try? FileManager.default.removeItem(at: source) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: dot)
        process.arguments = ["-Tsvg", source.path]
        let stdout = Pipe()
        let stderr = Pipe()
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = stdout
        process.standardError = stderr
        do { try process.run() } catch { return .failure(Failure(message: "`dot` could not be started: \(error)")) }
        let output = Collected()
        let group = DispatchGroup()
        group.enter()
        DispatchQueue.global().async {
            output.out = stdout.fileHandleForReading.readDataToEndOfFile()
            group.leave()
        }
        group.enter()
        DispatchQueue.global().async {
            output.err = stderr.fileHandleForReading.readDataToEndOfFile()
            group.leave()
        }
        if group.wait(timeout: .now() + 10) == .timedOut {
            process.terminate()
            return .failure(Failure(message: "`dot` took longer than 10 seconds"))
        }
        process.waitUntilExit()
        guard process.terminationStatus == 0, let svg = String(data: output.out, encoding: .utf8),
            let start = svg.range(of: "<svg")
        else {
            let reason = String(decoding: output.err, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
            return .failure(Failure(message: "`dot` failed: \(reason.isEmpty ? "no SVG" : reason)"))
        }
        // The XML prolog and DOCTYPE are dropped: the page puts the SVG element into its own document.
        return .success(String(svg[start.lowerBound...]))
    }
}

/// The two pipes' bytes, filled by the reader threads before the group is left.
private final class Collected: @unchecked Sendable {
    var out = Data()
    var err = Data()
}
