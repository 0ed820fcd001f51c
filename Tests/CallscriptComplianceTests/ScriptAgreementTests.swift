import CallscriptCompiler
import CallscriptCompliance
import CallscriptDiagnostics
import CallscriptMachine
import Testing

/// The verifier against the brute-force reference on machines the real compiler made from
/// thousands of random small scripts, so the agreement also covers the shapes lowering
/// produces (statement chains, `if` states, jumps resolved to step entries, handlers jumping
/// into steps), not only hand-built machines.
@Suite("verifier agrees with a brute-force reference on compiled random scripts")
struct ScriptAgreementTests {
    static let scripts = 3_000

    @Test func verifierAgreesWithReferenceOnCompiledRandomScripts() {
        var rng = SplitMix64(state: 20_261_129)
        var agreement = RuleAgreement()
        var compiled = 0
        var unexpectedErrors: [String] = []
        for n in 0..<Self.scripts {
            let text = RandomScripts.make(&rng)
            let result = Compiler.compile(
                source: text, path: "willekeurig.call",
                options: CompileOptions(checkDate: cutoff, verify: false))
            guard let machine = result.machine else {
                // Only a loop without a way out may stop a generated script.
                let errors = result.diagnostics.filter { $0.severity == .error }
                if errors.isEmpty || errors.contains(where: { $0.code != DiagnosticCode.neverEnds.id }) {
                    unexpectedErrors.append("script \(n): \(errors.map { "\($0.code) \($0.message)" })\n\(text)")
                }
                continue
            }
            compiled += 1
            agreement.compare(machine, label: "script \(n)", namesSeller: RandomScripts.namingSeller)
            if agreement.disagreements.count > 5 { break }
        }
        #expect(unexpectedErrors.isEmpty, "\(unexpectedErrors.prefix(3).joined(separator: "\n"))")
        #expect(agreement.disagreements.isEmpty, "\(agreement.disagreements.prefix(5).joined(separator: "\n"))")
        // The counts below mean little after an early stop on disagreements.
        guard agreement.disagreements.isEmpty else { return }
        #expect(compiled * 10 >= Self.scripts * 8, "only \(compiled) of \(Self.scripts) scripts compiled")
        // Not vacuous: every path rule is both broken and kept on many compiled machines.
        for rule in RuleAgreement.pathRules {
            #expect(
                agreement.brokenOn[rule.id, default: 0] >= 100,
                "\(rule.id) broken on only \(agreement.brokenOn[rule.id, default: 0]) machines")
            #expect(
                agreement.keptOn[rule.id, default: 0] >= 100,
                "\(rule.id) kept on only \(agreement.keptOn[rule.id, default: 0]) machines")
        }
    }
}
