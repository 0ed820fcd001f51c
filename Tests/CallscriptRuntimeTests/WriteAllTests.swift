import Foundation
import Testing

@testable import CallscriptRuntime

/// A writer that reports a count it cannot have written is an I/O error, never a crash or a
/// loop: the records are evidence, and the caller must learn that the write did not land.
@Suite struct WriteAllTests {
    static func withFile(_ body: (Int32, String) throws -> Void) throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("writeall-\(UUID().uuidString)").path
        let fd = open(path, O_CREAT | O_WRONLY | O_TRUNC, 0o600)
        #expect(fd >= 0)
        defer {
            close(fd)
            unlink(path)
        }
        try body(fd, path)
    }

    static func ops(reporting count: @escaping @Sendable (Int) -> Int) -> FileOps {
        var ops = FileOps.system
        ops.write = { _, buffer in count(buffer.count) }
        return ops
    }

    @Test(arguments: [0, 1])
    func aWrongCountIsAnIOError(extra: Int) throws {
        try Self.withFile { fd, path in
            // 0: nothing written, ever; 1: one byte more than asked.
            let writer = Self.ops { asked in extra == 0 ? 0 : asked + extra }
            #expect(throws: RuntimeError.self) {
                try LockedFile.writeAll(fd, Array("objection\n".utf8), path, ops: writer)
            }
        }
    }

    @Test func shortWritesAreRepeatedUntilEveryByteIsWritten() throws {
        try Self.withFile { fd, path in
            var ops = FileOps.system
            ops.write = { fd, buffer in Glibc.write(fd, buffer.baseAddress, min(3, buffer.count)) }
            try LockedFile.writeAll(fd, Array("+31612345678\n".utf8), path, ops: ops)
            #expect(String(decoding: try LockedFile.readAll(path), as: UTF8.self) == "+31612345678\n")
        }
    }
}
