import CallscriptFuzzTargets
import CallscriptSyntax
import CallscriptTestSupport
import Foundation
import Testing

/// The committed fuzzing files that are derived from the code: the dictionaries
/// (`Fuzz/Dictionaries/`) and the `sessionfile` seeds (`Fuzz/Seeds/sessionfile/`). Run with
/// `CALLSCRIPT_WRITE_FUZZ_FILES=1` to write them again after a change.
@Suite struct FuzzFilesTests {
    static let fuzz = RepositoryPaths.root().appendingPathComponent("Fuzz")
    static var writing: Bool { ProcessInfo.processInfo.environment["CALLSCRIPT_WRITE_FUZZ_FILES"] == "1" }

    static func check(_ expected: [UInt8], at url: URL) throws {
        if writing {
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(expected).write(to: url)
        }
        let committed = try [UInt8](Data(contentsOf: url))
        #expect(
            committed == expected, "\(url.lastPathComponent) is out of date: run with CALLSCRIPT_WRITE_FUZZ_FILES=1")
    }

    @Test(arguments: FuzzDictionaries.targets)
    func dictionaryIsUpToDate(_ target: String) throws {
        let text = try #require(FuzzDictionaries.text(for: target))
        try Self.check(Array(text.utf8), at: Self.fuzz.appendingPathComponent("Dictionaries/\(target).dict"))
    }

    /// Straight from the lexer: every reserved word is an entry of the `check` dictionary.
    @Test func checkDictionaryHoldsEveryKeyword() throws {
        let url = Self.fuzz.appendingPathComponent("Dictionaries/check.dict")
        let lines = try String(contentsOf: url, encoding: .utf8).split(separator: "\n").map(String.init)
        for keyword in Keyword.allCases {
            #expect(lines.contains("\"\(keyword.rawValue)\""), "\(keyword.rawValue) is missing from check.dict")
        }
    }

    @Test func sessionFileSeedsAreUpToDate() throws {
        let seeds = FuzzTargets.sessionFileSeeds()
        #expect(seeds.count >= 4, "the seed call ended after \(seeds.count) steps")
        for (name, bytes) in seeds.sorted(by: { $0.key < $1.key }) {
            try Self.check(bytes, at: Self.fuzz.appendingPathComponent("Seeds/sessionfile/\(name)"))
            #expect(FuzzTargets.sessionfile(bytes), "seed \(name) does not restore")
        }
    }

    /// Every seed runs through its target (as the fuzzer starts with them).
    @Test(arguments: FuzzTargets.names)
    func seedsRun(_ target: String) throws {
        let folder = Self.fuzz.appendingPathComponent("Seeds/\(target)")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        for name in names.sorted() where !name.hasPrefix(".") {
            FuzzTargets.run(target, try [UInt8](Data(contentsOf: folder.appendingPathComponent(name))))
        }
    }
}
