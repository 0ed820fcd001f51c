import CallscriptCompiler
import CallscriptDiagnostics
import Foundation
import Testing

/// A misspelt `use` is one error with the nearest file suggested; the names that file would
/// have given are not reported unknown as well.
@Suite struct MissingUseTests {
    let shared = """
        capture terugbelmoment: datetime

        step afsluiting {
          say "Tot ziens."
          end
        }

        step terugbellen {
          capture terugbelmoment "Wanneer kan ik u terugbellen?"
          callback at terugbelmoment
        }
        """

    func main(use path: String, jumpTo target: String = "afsluiting") -> String {
        standardHeader + """
            use "\(path)"
            start intro
            step intro {
              say "Ik bel u terug op {terugbelmoment}."
              ask "Nu of later?" {
                "Nu" -> \(target)
                "Later" -> terugbellen
              }
            }
            """
    }

    @Test func misspeltUseIsOneErrorWithTheNearestFile() throws {
        let result = compileText(main(use: "gedeeld/afsluting.call"), files: ["gedeeld/afsluiting.call": shared])
        #expect(codes(result) == ["CS0100"], "\(result.diagnostics.map(\.message))")
        let d = try #require(result.diagnostics.first)
        #expect(d.help == "did you mean 'gedeeld/afsluiting.call'?")
        #expect(d.fixIts.first?.edits.first?.replacement == "\"gedeeld/afsluiting.call\"")
    }

    @Test func aNameTheSuggestedFileLacksIsStillReportedWithItsNearestName() {
        let result = compileText(
            main(use: "gedeeld/afsluting.call", jumpTo: "afsluitng"), files: ["gedeeld/afsluiting.call": shared])
        #expect(codes(result) == ["CS0100", "CS0140"])
        #expect(result.diagnostics.last?.help == "did you mean 'afsluiting'?")
    }

    @Test func withoutAnyNearFileNoNameIsReportedUnknown() {
        let result = compileText(main(use: "iets-heel-anders.call"), files: ["gedeeld/afsluiting.call": shared])
        #expect(codes(result) == ["CS0100"])
        #expect(result.diagnostics.first?.help == "paths are relative to the file that uses them")
    }

    @Test func onDiskTheFolderIsListedToo() throws {
        let folder = try makeTemporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try write(main(use: "afsluting.call"), to: folder.appendingPathComponent("main.call"))
        try write(shared, to: folder.appendingPathComponent("afsluiting.call"))
        try write("not a script", to: folder.appendingPathComponent("afsluiting.txt"))
        let result = Compiler.compile(
            path: folder.appendingPathComponent("main.call").path,
            options: CompileOptions(checkDate: testDate, verify: false))
        #expect(codes(result) == ["CS0100"])
        #expect(result.diagnostics.first?.help == "did you mean 'afsluiting.call'?")
    }
}
