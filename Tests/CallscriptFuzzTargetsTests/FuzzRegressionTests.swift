import CallscriptCompiler
import CallscriptDiagnostics
import CallscriptFuzzTargets
import CallscriptRuntime
import CallscriptTestSupport
import Foundation
import Testing

/// Every input a fuzzer ever crashed or hung on (`FuzzRegressions/TARGET/`), replayed through
/// the same code the fuzz target runs: it must now return normally. See `Fuzz/README.md`.
@Suite struct FuzzRegressionTests {
    struct Input: Sendable, CustomTestStringConvertible {
        var target: String
        var url: URL
        var testDescription: String { "\(target)/\(url.lastPathComponent)" }
    }

    static var folder: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("FuzzRegressions")
    }

    static var inputs: [Input] {
        FuzzTargets.names.flatMap { target in
            let dir = folder.appendingPathComponent(target)
            let names = (try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []
            return names.filter { !$0.hasPrefix(".") }.sorted().map {
                Input(target: target, url: dir.appendingPathComponent($0))
            }
        }
    }

    @Test func everyTargetHasAFolder() {
        for target in FuzzTargets.names {
            #expect(
                FileManager.default.fileExists(atPath: Self.folder.appendingPathComponent(target).path), "\(target)")
        }
        #expect(!Self.inputs.isEmpty)
    }

    @Test(arguments: inputs)
    func inputRunsToTheEnd(_ input: Input) throws {
        let bytes = try [UInt8](Data(contentsOf: input.url))
        FuzzTargets.run(input.target, bytes)
    }

    /// Found by fuzz-check: a `”` with no string open made the lexer return the same empty
    /// token forever, so `check` hung.
    @Test func loneClosingQuoteIsOneErrorAndLexingMovesOn() {
        let source = "step a {\n  say ”Hallo\n  end\n}\n”\n"
        let result = Compiler.compile(source: source, options: CompileOptions(verify: false))
        let messages = result.diagnostics.filter { $0.code == "CS0007" }.map(\.message)
        #expect(messages == ["unexpected closing quote '”'", "unexpected closing quote '”'"])
    }

    /// Found by fuzz-calllist: a list read with a `sep=,` line was written back without it, and
    /// a header field holding another separator unquoted, so the list read back split into
    /// other columns (the callable list `scrub` writes would be misread by the next reader);
    /// and a `sep=` line naming a line break as the separator was taken at its word.
    @Test func callListWrittenBackReadsAsTheSameColumns() throws {
        let oneColumn = try CSVTable.parse(Array("sep=,\nid\nK-1,06 1234 5678\n".utf8), file: "a.csv")
        #expect(oneColumn.encoded().starts(with: Array("sep=,\r\n".utf8)))
        #expect(try CSVTable.parse(oneColumn.encoded(), file: "b.csv").rows.map(\.fields) == [["K-1", "06 1234 5678"]])
        let mixed = try CSVTable.parse(Array("\"id;nr\",phone\nK-1,0612345678\n".utf8), file: "c.csv")
        #expect(String(decoding: mixed.encoded(), as: UTF8.self) == "\"id;nr\",phone\r\nK-1,0612345678\r\n")
        let again = try CSVTable.parse(mixed.encoded(), file: "d.csv")
        #expect(again.header == ["id;nr", "phone"] && again.rows.map(\.fields) == [["K-1", "0612345678"]])
        #expect(throws: RuntimeError.self) { try CSVTable.parse(Array("sep=\r,\nid,phone\n".utf8), file: "f.csv") }
        let plain = try CSVTable.parse(Array("id;phone\nK-1;06,12\n".utf8), file: "e.csv")
        #expect(String(decoding: plain.encoded(), as: UTF8.self) == "id;phone\r\nK-1;06,12\r\n")
    }

    /// Found by fuzz-calllist in CI: a quoted field with a leading space (`" Jansen"`) was
    /// written back unquoted, and the next reader trimmed the space away.
    @Test func aQuotedFieldKeepsItsSpacesWhenWrittenBack() throws {
        let table = try CSVTable.parse(Array("id;naam\nK-1;\" Jansen \"\n".utf8), file: "a.csv")
        #expect(table.rows.map(\.fields) == [["K-1", " Jansen "]])
        #expect(String(decoding: table.encoded(), as: UTF8.self) == "id;naam\r\nK-1;\" Jansen \"\r\n")
        #expect(try CSVTable.parse(table.encoded(), file: "b.csv").rows.map(\.fields) == [["K-1", " Jansen "]])
        // A header whose first field starts with U+FEFF (after a `sep=` line) is not a mark.
        let marked = try CSVTable.parse(
            Array("sep=,".utf8) + [0xEF, 0xBB, 0xBF] + Array("id,phone\n".utf8), file: "c.csv")
        #expect(try CSVTable.parse(marked.encoded(), file: "d.csv").header == marked.header)
    }
}
