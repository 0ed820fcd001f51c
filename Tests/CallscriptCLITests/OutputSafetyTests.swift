import CallscriptTestSupport
import Foundation
import Testing

/// Output that never crashes or clobbers: a closed pipe or a full disk is exit 2 with a
/// message (never SIGILL, exit 132), and `-o` writes through a symlink or FIFO instead of
/// replacing it. The full disk is a private stand-in: a file size limit (`ulimit -f`, EFBIG).
@Suite struct OutputSafetyTests {
    static let winback = RunnerWorkspace.winback

    /// Runs `callscript args` with standard output a pipe whose reading end is already closed.
    private func runWithClosedStdout(_ args: [String], input: String? = nil) throws -> ProcessOutput {
        let process = Process()
        process.executableURL = BuiltBinary.url
        process.arguments = args
        let out = Pipe()
        let err = Pipe()
        let inPipe = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = inPipe
        try process.run()
        try out.fileHandleForReading.close()
        if let input { inPipe.fileHandleForWriting.write(Data(input.utf8)) }
        try inPipe.fileHandleForWriting.close()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return ProcessOutput(
            status: process.terminationStatus, stdout: "", stderr: String(decoding: stderr, as: UTF8.self))
    }

    /// Runs a shell command line with the file size limited to 1 KiB, in `folder`.
    private func runWithSmallDisk(_ commandLine: String, in folder: URL) throws -> ProcessOutput {
        try BuiltBinary.runShell("ulimit -f 1 && exec \(commandLine)", in: folder)
    }

    @Test func closedStandardOutputIsExitTwoWithAMessage() throws {
        let r = try runWithClosedStdout(["compile", Self.winback])
        #expect(r.status == 2, "\(r.stderr)")
        #expect(r.stderr.contains("callscript: error: cannot write to standard output: Broken pipe [RT0501]"))
    }

    @Test func languageServerWithClosedOutputStopsWithStatusTwo() throws {
        let initialize = #"{"jsonrpc":"2.0","id":1,"method":"initialize","params":{}}"#
        let r = try runWithClosedStdout(
            ["lsp"], input: "Content-Length: \(initialize.utf8.count)\r\n\r\n\(initialize)")
        #expect(r.status == 2, "\(r.stderr)")
        #expect(r.stderr.contains("callscript lsp: cannot write to standard output: Broken pipe"))
    }

    @Test func fullDiskOnStandardOutputIsExitTwoWithAMessage() throws {
        let dir = try BuiltBinary.temporaryFolder()
        let r = try runWithSmallDisk("'\(BuiltBinary.url.path)' compile '\(Self.winback)' > machine.json", in: dir)
        #expect(r.status == 2, "\(r.stderr)")
        #expect(r.stderr.contains("callscript: error: cannot write to standard output: File too large [RT0501]"))
    }

    @Test func fullDiskOnOutputFileKeepsTheOldFile() throws {
        let dir = try BuiltBinary.temporaryFolder()
        try Data("previous machine\n".utf8).write(to: dir.appendingPathComponent("winback.json"))
        let r = try runWithSmallDisk("'\(BuiltBinary.url.path)' compile '\(Self.winback)' -o winback.json", in: dir)
        #expect(r.status == 2, "\(r.stderr)")
        #expect(r.stderr.contains("winback.json: error: cannot write the output file: File too large [RT0502]"))
        let kept = try String(contentsOf: dir.appendingPathComponent("winback.json"), encoding: .utf8)
        #expect(kept == "previous machine\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == ["winback.json"])
    }

    @Test func compileWritesThroughASymlink() throws {
        let dir = try BuiltBinary.temporaryFolder()
        let target = dir.appendingPathComponent("machines/winback-v2.json")
        try FileManager.default.createDirectory(
            at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data("old".utf8).write(to: target)
        let link = dir.appendingPathComponent("current.json")
        try FileManager.default.createSymbolicLink(at: link, withDestinationURL: target)
        let r = try BuiltBinary.run(["compile", Self.winback, "-o", "current.json"], in: dir)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link.path) == target.path)
        let written = try String(contentsOf: target, encoding: .utf8)
        #expect(written.contains("\"format\" : \"callscript-machine\"") || written.contains("callscript-machine"))
    }

    @Test func graphWritesIntoAFIFO() throws {
        let dir = try BuiltBinary.temporaryFolder()
        let fifo = dir.appendingPathComponent("graph.dot").path
        #expect(mkfifo(fifo, 0o600) == 0)
        let reader = FIFOText(fifo)
        let r = try BuiltBinary.run(["graph", Self.winback, "-o", fifo], in: dir)
        #expect(r.status == 0, "\(r.stderr)")
        let text = try #require(reader.finish())
        #expect(text.hasPrefix("digraph"))
        var info = stat()
        #expect(lstat(fifo, &info) == 0)
        #expect(info.st_mode & S_IFMT == S_IFIFO, "the FIFO was replaced by a file")
    }

    @Test func contactPathThatIsAFolderSaysSo() throws {
        let workspace = try RunnerWorkspace()
        try FileManager.default.createDirectory(
            at: workspace.folder.appendingPathComponent("contacts"), withIntermediateDirectories: true)
        let r = try workspace.run(answers: "continue\n", contact: "contacts")
        #expect(r.status == 2)
        #expect(r.stderr.contains("contacts: error: cannot read the contact file: it is a folder, not a file [RT0102]"))
        #expect(!r.stderr.contains("NSCocoaErrorDomain"))
    }

    @Test func refusedCallIsOneDiagnosticPerGate() throws {
        let workspace = try RunnerWorkspace()
        // Sunday: outside the calling hours.
        let r = try workspace.run(answers: "continue\n", now: "2026-11-29T10:00")
        #expect(r.status == 1)
        #expect(r.stderr.contains("callscript: error: call refused by NL-GATE-HOURS:"))
        #expect(r.stderr.contains("[RT0201]"))
        #expect(r.stderr.contains("= note: checked at 2026-11-29T10:00"))
    }
}

/// Reads a FIFO to its end on another thread (opening one blocks until a writer comes).
final class FIFOText: @unchecked Sendable {
    private let done = DispatchSemaphore(value: 0)
    private var data = Data()

    init(_ path: String) {
        Thread.detachNewThread { [self] in
            if let handle = FileHandle(forReadingAtPath: path) {
                data = handle.readDataToEndOfFile()
                try? handle.close()
            }
            done.signal()
        }
    }

    /// What was read, or nil after 20 s.
    func finish() -> String? {
        guard done.wait(timeout: .now() + 20) == .success else { return nil }
        return String(decoding: data, as: UTF8.self)
    }
}
