import CallscriptDiagnostics
import CallscriptReports
import Testing

/// Paths in CI reports are relative to where `check` ran, not to each script's folder.
@Suite struct ArtifactPathsTests {
    @Test(arguments: [
        ("abonnement.call", "Examples/krant/abonnement.call", "Examples/krant/abonnement.call"),
        ("gedeeld/slot.call", "Examples/krant/abonnement.call", "Examples/krant/gedeeld/slot.call"),
        ("gedeeld/x.call", "/srv/scripts/a.call", "/srv/scripts/gedeeld/x.call"),
        ("./a.call", "./a.call", "a.call"),
        ("a.call", "a.call", "a.call"),
        ("/abs/a.call", "x/b.call", "/abs/a.call"),
    ])
    func resolvesAgainstTheMainScriptsFolder(_ file: String, _ main: String, _ expected: String) {
        #expect(ArtifactPaths.resolve(file, mainScript: main) == expected)
    }

    @Test func rebaseMovesEveryRange() {
        let d = ArtifactPaths.rebase(Fixtures.unknownStep, mainScript: "Scripts/winback.call")
        #expect(d.range.file == "Scripts/winback.call")
        #expect(d.related.allSatisfy { $0.range.file == "Scripts/winback.call" })
        #expect(d.fixIts.flatMap(\.edits).allSatisfy { $0.range.file == "Scripts/winback.call" })
        #expect(d.message == Fixtures.unknownStep.message)
    }
}
