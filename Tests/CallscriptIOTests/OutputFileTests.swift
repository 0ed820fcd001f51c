import CallscriptIO
import CallscriptTestSupport
import Foundation
import Testing

/// `-o` and every other written file: regular files are replaced whole, anything else is
/// written into and never replaced.
@Suite struct OutputFileTests {
    private func folder() throws -> String { try BuiltBinary.temporaryFolder().path }

    private func text(_ path: String) -> String? {
        FileManager.default.contents(atPath: path).map { String(decoding: $0, as: UTF8.self) }
    }

    @Test func createsAMissingFileAndLeavesNoTemporaryFile() throws {
        let dir = try folder()
        try OutputFile.write("{\"states\": []}\n", to: dir + "/winback.json")
        #expect(text(dir + "/winback.json") == "{\"states\": []}\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir) == ["winback.json"])
    }

    @Test func replacesARegularFileAndKeepsItsPermissions() throws {
        let dir = try folder()
        let path = dir + "/junit.xml"
        try OutputFile.write("old and longer content", to: path)
        chmod(path, 0o600)
        try OutputFile.write("new", to: path)
        #expect(text(path) == "new")
        var info = stat()
        #expect(stat(path, &info) == 0)
        #expect(info.st_mode & 0o777 == 0o600)
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir) == ["junit.xml"])
    }

    @Test func writesThroughASymlinkAndKeepsTheLink() throws {
        let dir = try folder()
        let target = dir + "/real.json"
        let link = dir + "/link.json"
        try OutputFile.write("old", to: target)
        #expect(symlink(target, link) == 0)
        try OutputFile.write("through the link", to: link)
        #expect(text(target) == "through the link")
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link) == target)
    }

    @Test func aDanglingSymlinkCreatesItsTarget() throws {
        let dir = try folder()
        #expect(symlink(dir + "/later.json", dir + "/link.json") == 0)
        try OutputFile.write("made", to: dir + "/link.json")
        #expect(text(dir + "/later.json") == "made")
    }

    @Test func writesIntoAFIFOInsteadOfReplacingIt() throws {
        let dir = try folder()
        let fifo = dir + "/pipe"
        #expect(mkfifo(fifo, 0o600) == 0)
        let reader = FIFOReader(fifo)
        try OutputFile.write("digraph {}\n", to: fifo)
        #expect(reader.finish() == "digraph {}\n")
        var info = stat()
        #expect(lstat(fifo, &info) == 0)
        #expect(info.st_mode & S_IFMT == S_IFIFO)
    }

    @Test func aFolderIsRefusedWithAReason() throws {
        let dir = try folder()
        #expect(throws: OutputFileError(path: dir, operation: "write", reason: "it is a folder; give a file name")) {
            try OutputFile.write("x", to: dir)
        }
    }

    @Test func aMissingFolderNamesTheStepAndTheReason() throws {
        let path = try folder() + "/no/such/folder/out.json"
        do {
            try OutputFile.write("x", to: path)
            Issue.record("writing into a missing folder succeeded")
        } catch {
            #expect(error.path == path)
            #expect(error.reason == "No such file or directory")
            #expect(error.description.hasPrefix("cannot write \(path): No such file or directory"))
        }
    }

    @Test func aFIFOWhoseReaderClosesIsAnErrorNotACrash() throws {
        StandardStream.ignoreWriteSignals()
        let dir = try folder()
        let fifo = dir + "/closed"
        #expect(mkfifo(fifo, 0o600) == 0)
        // The reader takes one byte and goes away, like `head -c 1`: more than a pipe holds
        // cannot be written, and the writer must get EPIPE as a value.
        let reader = FIFOReader(fifo, atMost: 1)
        let big = [UInt8](repeating: 0x61, count: 1 << 20)
        #expect(throws: OutputFileError(path: fifo, operation: "write", reason: "Broken pipe")) {
            try OutputFile.write(big, to: fifo)
        }
        #expect(reader.finish() == "a")
    }
}

/// Reads a FIFO on another thread (opening one blocks until both ends are open), at most
/// `atMost` bytes, then closes it.
final class FIFOReader: @unchecked Sendable {
    private let done = DispatchSemaphore(value: 0)
    private var bytes: [UInt8] = []

    init(_ path: String, atMost limit: Int = .max) {
        Thread.detachNewThread { [self] in
            let fd = open(path, O_RDONLY)
            if fd >= 0 {
                while bytes.count < limit, let chunk = try? StandardStream.read(from: fd, limit: min(limit, 1 << 16)),
                    !chunk.isEmpty
                {
                    bytes += chunk
                }
                close(fd)
            }
            done.signal()
        }
    }

    /// Waits (at most 10 s) for the reader to finish and returns what it read.
    func finish() -> String? {
        guard done.wait(timeout: .now() + 10) == .success else { return nil }
        return String(decoding: bytes, as: UTF8.self)
    }
}
