import CallscriptIO
import Foundation
import Testing

/// `InputFile.read` reads a regular file straight into one buffer of its size: every size
/// around the limit and a file larger than any one read must come back whole or be refused.
@Suite struct InputFileTests {
    @Test func readsFilesWholeAndRefusesOnlyWhatIsOverTheLimit() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("input-\(UUID().uuidString)").path
        try Folders.create(dir)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        // Larger than one `read` call returns at once from some file systems, and not a
        // multiple of any block size.
        var bytes: [UInt8] = []
        var x: UInt32 = 7
        for _ in 0..<(3 << 20) + 13 {
            x = x &* 1_103_515_245 &+ 12_345
            bytes.append(UInt8(truncatingIfNeeded: x >> 16))
        }
        let file = dir + "/machine.json"
        try Data(bytes).write(to: URL(fileURLWithPath: file))
        #expect(InputFile.read(file, limit: bytes.count) == .success(bytes))
        #expect(InputFile.read(file, limit: bytes.count + 1) == .success(bytes))
        #expect(InputFile.read(file, limit: bytes.count - 1) == .failure(.tooLarge(limit: bytes.count - 1)))
        let empty = dir + "/empty.json"
        try Data().write(to: URL(fileURLWithPath: empty))
        #expect(InputFile.read(empty) == .success([]))
        let one = dir + "/one.json"
        try Data([0x7B]).write(to: URL(fileURLWithPath: one))
        #expect(InputFile.read(one, limit: 1) == .success([0x7B]))
        #expect(InputFile.read(one, limit: 0) == .failure(.tooLarge(limit: 0)))
    }
}
