import CallscriptCompiler
import CallscriptDiagnostics
import CallscriptFuzzTargets
import CallscriptGenerator
import CallscriptTestSupport
import Foundation
import Testing

/// The grammar-aware mutator of the `check` fuzz target: its mutations keep a script's
/// blocks whole, so what it makes of a valid script still parses, and the fuzzer spends its
/// time in the checker and the verifier instead of in the parser's error paths.
@Suite struct ScriptMutatorTests {
    static let script = """
        script "Proef" {
          company "Voorbeeld B.V."
        }

        step opening {
          say "Goedemiddag {voornaam}, met {agent}." # een { in commentaar
          ask "Komt het uit?" {
            yes "Ja" -> aanbod
            no "Nee" -> afscheid
          }
        }

        step aanbod {
          pitch “Een {x} met "aanhalingstekens"”
          -> afscheid
        }
        """

    static func example() throws -> [UInt8] {
        let url = RepositoryPaths.root().appendingPathComponent("Examples/telecom/upgrade.call")
        return try [UInt8](Data(contentsOf: url))
    }

    static func syntaxErrors(_ bytes: [UInt8]) -> [String] {
        let result = Compiler.compile(
            source: String(decoding: bytes, as: UTF8.self), options: CompileOptions(verify: false))
        return result.diagnostics.filter { $0.severity == .error && $0.code.hasPrefix("CS00") }.map(\.code)
    }

    /// Braces inside strings, “…” and comments do not count; every line but a closing one is a
    /// unit, a line that opens a block takes the block with it.
    @Test func unitsFollowTheBlocks() {
        let mutator = ScriptMutator(Array(Self.script.utf8))
        #expect(mutator.depthAfterEachLine == [1, 1, 0, 0, 1, 1, 2, 2, 2, 1, 0, 0, 1, 1, 1, 0])
        #expect(mutator.unitLines.prefix(3) == [0..<3, 1..<2, 4..<11])
        #expect(mutator.unitLines.contains(6..<10) && !mutator.unitLines.contains(9..<10))
    }

    @Test func aCopiedStepHasANewNameAndIsJumpedTo() throws {
        let source = try Self.example()
        for seed in UInt64(0)..<20 {
            var random = SeededRandom(seed: seed)
            let out = try #require(ScriptMutator(source).mutated(.duplicateStep, &random))
            let text = String(decoding: out, as: UTF8.self)
            let copies = text.split(separator: "\n").filter { $0.hasPrefix("step ") && $0.contains("_") }
            let originals = String(decoding: source, as: UTF8.self).split(separator: "\n")
                .filter { $0.hasPrefix("step ") && $0.contains("_") }
            #expect(copies.count == originals.count + 1, "seed \(seed)")
            #expect(Self.syntaxErrors(out).isEmpty, "seed \(seed): \(Self.syntaxErrors(out))")
        }
    }

    /// Pointing a jump at another step or splicing in a whole step keeps the script parseable;
    /// every kind of mutation applies to a real script and changes it.
    @Test func mutationsKeepRealScriptsParseable() throws {
        let source = try Self.example()
        let donor = ScriptMutator(Array(Self.script.utf8))
        for seed in UInt64(0)..<20 {
            var random = SeededRandom(seed: seed)
            let retargeted = try #require(ScriptMutator(source).mutated(.retarget, &random))
            #expect(Self.syntaxErrors(retargeted).isEmpty, "seed \(seed)")
            for kind in ScriptMutator.Kind.allCases {
                let out = try #require(ScriptMutator(source).mutated(kind, &random), "\(kind)")
                #expect(out != source || [.retarget, .swapKeyword, .moveUnit].contains(kind), "\(kind) seed \(seed)")
            }
            let spliced = try #require(ScriptMutator(source).splicing(from: donor, &random))
            #expect(spliced.count > source.count)
        }
    }

    /// The same seed gives the same mutation (libFuzzer replays by seed); nothing longer than
    /// the limit comes back.
    @Test func mutationsAreDeterministicAndBounded() throws {
        let source = try Self.example()
        let outs = (0..<2).map { _ in (0..<50).map { ScriptMutator.mutate(source, seed: UInt32($0), maxSize: 1 << 16) }
        }
        #expect(outs[0] == outs[1])
        #expect(outs[0].contains { $0 != nil } && outs[0].contains { $0 == nil })
        #expect((0..<50).allSatisfy { ScriptMutator.mutate(source, seed: UInt32($0), maxSize: 100) == nil })
        #expect(ScriptMutator.crossOver([], [], seed: 1, maxSize: 100) == nil)
    }
}
