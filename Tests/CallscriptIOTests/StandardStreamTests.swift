import CallscriptIO
import Foundation
import Testing

/// Writing to a descriptor whose reader is gone, and reading input, without traps.
@Suite struct StandardStreamTests {
    @Test func aClosedPipeIsEPIPENotASignal() throws {
        StandardStream.ignoreWriteSignals()
        var ends: [Int32] = [0, 0]
        #expect(pipe(&ends) == 0)
        close(ends[0])
        defer { close(ends[1]) }
        #expect(throws: SystemError(EPIPE)) { try StandardStream.write("checked 4 scripts\n", to: ends[1]) }
        #expect(SystemError(EPIPE).description == "Broken pipe")
    }

    @Test func writesEverythingAcrossShortWrites() throws {
        var ends: [Int32] = [0, 0]
        #expect(pipe(&ends) == 0)
        // More than a pipe holds, so the writer loops while the reader drains.
        let text = String(repeating: "Goedemiddag, u spreekt met Anna van Zonnig Energie.\n", count: 5000)
        let reader = Thread.detachAndRead(ends[0])
        try StandardStream.write(text, to: ends[1])
        close(ends[1])
        #expect(reader.wait() == text)
    }

    @Test func readProblemsAreWordsNotErrorNumbers() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("io-\(UUID().uuidString)").path
        try Folders.create(dir + "/contacts/2026")
        #expect(InputFile.read(dir + "/contacts") == .failure(.isFolder))
        #expect(InputFile.read(dir + "/missing.json") == .failure(.notFound))
        #expect(ReadProblem.isFolder.description == "it is a folder, not a file")
        let file = dir + "/K-1001.json"
        try OutputFile.write(#"{"id": "K-1001"}"#, to: file)
        #expect(InputFile.read(file) == .success(Array(#"{"id": "K-1001"}"#.utf8)))
        #expect(InputFile.read(file, limit: 4) == .failure(.tooLarge(limit: 4)))
        #expect(throws: SystemError(ENOTDIR)) { try Folders.create(file + "/sub") }
    }
}

/// The text a background thread read from `fd` until the end.
final class ReadBox: @unchecked Sendable {
    let done = DispatchSemaphore(value: 0)
    var bytes: [UInt8] = []

    func wait() -> String? {
        guard done.wait(timeout: .now() + 10) == .success else { return nil }
        return String(decoding: bytes, as: UTF8.self)
    }
}

extension Thread {
    static func detachAndRead(_ fd: Int32) -> ReadBox {
        let box = ReadBox()
        detachNewThread {
            while let chunk = try? StandardStream.read(from: fd), !chunk.isEmpty { box.bytes += chunk }
            close(fd)
            box.done.signal()
        }
        return box
    }
}
