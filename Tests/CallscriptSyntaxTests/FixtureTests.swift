import CallscriptDiagnostics
import CallscriptTestSupport
import Foundation
import Testing

@testable import CallscriptSyntax

/// Every fixture under `Fixtures/` parses with exactly the diagnostics its `#~` comments
/// expect (files under `valid/` expect none).
@Suite struct FixtureTests {
    static let fixturePaths: [String] = {
        let root = Fixtures.folder.standardizedFileURL.path
        return RepositoryPaths.files(in: Fixtures.folder, withExtension: "call").map {
            String($0.standardizedFileURL.path.dropFirst(root.count + 1))
        }
    }()

    @Test(arguments: fixturePaths)
    func diagnosticsMatchExpectations(path: String) throws {
        let source = try Fixtures.load(path)
        let result = Parser.parse(source)
        let mismatches = ExpectedDiagnostics.check(source, against: result.diagnostics)
        #expect(mismatches.isEmpty, "\(mismatches.joined(separator: "\n"))")
    }

    @Test func everySyntaxCodeIsCoveredByAFixture() throws {
        var covered: Set<String> = []
        for path in Self.fixturePaths {
            covered.formUnion(ExpectedDiagnostics.parse(try Fixtures.load(path)).expected.map(\.code))
        }
        let missing = DiagnosticCode.allSyntaxCodes.map(\.id).filter { !covered.contains($0) }
        #expect(missing.isEmpty, "no fixture expects \(missing)")
    }

    @Test func syntaxCodesAreUniqueAndInRange() {
        let ids = DiagnosticCode.allSyntaxCodes.map(\.id)
        #expect(Set(ids).count == ids.count)
        for id in ids {
            let number = Int(id.dropFirst(2)) ?? 0
            #expect(id.hasPrefix("CS") && (1...99).contains(number), "\(id) is outside CS0001-CS0099")
        }
    }

    @Test func everyErrorHasHelp() throws {
        for path in Self.fixturePaths {
            for diagnostic in Parser.parse(try Fixtures.load(path)).diagnostics {
                #expect(diagnostic.help != nil, "\(path): '\(diagnostic.message)' has no help")
                #expect(
                    diagnostic.message.first?.isUppercase != true && diagnostic.message.last != ".",
                    "\(diagnostic.message)")
            }
        }
    }
}
