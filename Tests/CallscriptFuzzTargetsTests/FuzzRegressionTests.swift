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

    /// Found by fuzz-calllist: after `sep=,` and a tab, a header with bare carriage returns and
    /// control characters. The tab made a header of one empty name, written back as an empty
    /// line that the next reader skipped (taking the first row for the header); a bare carriage
    /// return was text to the reader but a line end to the separator guess. Control characters
    /// are now refused with their line and column, and so is a header that names no columns.
    @Test func controlCharactersAndAnEmptyHeaderAreRefusedWithTheirPlace() throws {
        func refusal(_ bytes: [UInt8]) -> RuntimeError? {
            do {
                _ = try CSVTable.parse(bytes, file: "a.csv")
                return nil
            } catch { return error }
        }
        let found = try [UInt8](
            Data(contentsOf: Self.folder.appendingPathComponent("calllist/header-with-bare-carriage-returns.csv")))
        #expect(
            refusal(found)
                == .badCallList(
                    file: "a.csv", line: 2, column: 20,
                    message: "column 20 holds a carriage return without a line feed",
                    help: "end every line with a line feed (old Mac exports end lines with a carriage return alone): "
                        + "save the list again as \"CSV UTF-8 (door komma's gescheiden)\", or remove the character"))
        #expect(
            refusal(Array("id;phone\nK-1;06\u{0C}12345678\n".utf8))
                == .badCallList(
                    file: "a.csv", line: 2, column: 7, message: "column 7 holds a control character (U+000C)",
                    help: "remove the character from the field: a call list holds only text, separators and line ends"))
        let utf16: [UInt8] = [0xFF, 0xFE] + "id;phone\n".utf8.flatMap { [$0, 0] }
        #expect(refusal(utf16)?.diagnostics.first?.help?.contains("UTF-16") == true)
        let noNames = RuntimeError.badCallList(
            file: "a.csv", line: 2, message: "the header row names no columns",
            help: "put the column names in the first row, e.g. id;phone;first_name")
        #expect(refusal(Array("sep=,\t\n\t\nK-1,0612345678\n".utf8)) == noNames)
        #expect(refusal(Array("\n\"\";\nK-1;0612345678\n".utf8)) == noNames)

        // What exports do write still reads: a line break inside quotes (also CRLF), tabs,
        // spaces after the `sep=` hint, empty lines before the header, a carriage return at the end.
        let table = try CSVTable.parse(
            Array("sep=; \r\n\r\n\nid;naam\tvoluit\r\nK-1;\"twee\r\nregels\"\r\nK-2;\"a\rb\"\r".utf8), file: "b.csv")
        #expect(table.delimiter == UInt8(ascii: ";") && table.header == ["id", "naam\tvoluit"])
        #expect(table.rows.map(\.line) == [5, 7])
        #expect(table.rows.map(\.fields) == [["K-1", "twee\r\nregels"], ["K-2", "a\rb"]])
        let again = try CSVTable.parse(table.encoded(), file: "c.csv")
        #expect(again.header == table.header && again.rows.map(\.fields) == table.rows.map(\.fields))
    }

    /// Found by fuzz-calllist in the campaign of 1 December 2026 (afternoon): with `sep= ` (a
    /// space) a quoted header field holding spaces was written back unquoted, as the header
    /// quoted only `;`, `,` and tabs, not the separator itself, so it read back as more columns.
    /// The header now also quotes the separator a `sep=` line named (`|`), and a space is no
    /// separator.
    @Test func theHeaderQuotesTheSeparatorTheSepLineNamed() throws {
        let piped = try CSVTable.parse(Array("sep=|\nid|\"tel|nr\"\nK-1|0612345678\n".utf8), file: "a.csv")
        #expect(piped.header == ["id", "tel|nr"])
        #expect(String(decoding: piped.encoded(), as: UTF8.self) == "sep=|\r\nid|\"tel|nr\"\r\nK-1|0612345678\r\n")
        #expect(try CSVTable.parse(piped.encoded(), file: "b.csv").header == piped.header)
        #expect(throws: RuntimeError.self) { try CSVTable.parse(Array("sep= \nid \"tel nr\"\n".utf8), file: "c.csv") }
    }
}
