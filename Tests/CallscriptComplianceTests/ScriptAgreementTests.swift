import CallscriptReference
import Testing

/// The verifier against the brute-force reference on machines the real compiler made from
/// hundreds of random small scripts, so the agreement also covers the shapes lowering
/// produces (statement chains, `if` states, jumps resolved to step entries, handlers jumping
/// into steps), not only hand-built machines. `callscript-bench --only agreement` runs the
/// same comparison on 10,000 scripts and more; this run stays small to keep the suite fast.
@Suite("verifier agrees with a brute-force reference on compiled random scripts")
struct ScriptAgreementTests {
    static let scripts = 600

    @Test func verifierAgreesWithReferenceOnCompiledRandomScripts() {
        let run = ScriptAgreement.run(scripts: Self.scripts, seed: 20_261_129)
        #expect(run.unexpectedErrors.isEmpty, "\(run.unexpectedErrors.prefix(3).joined(separator: "\n"))")
        let disagreements = run.agreement.disagreements
        #expect(disagreements.isEmpty, "\(disagreements.prefix(5).joined(separator: "\n"))")
        // The counts below mean little after an early stop on disagreements.
        guard disagreements.isEmpty else { return }
        #expect(run.compiled * 10 >= Self.scripts * 8, "only \(run.compiled) of \(Self.scripts) scripts compiled")
        // Not vacuous: every path rule is both broken and kept on many compiled machines.
        let rare = run.rarelyExercised(minimum: Self.scripts / 30)
        #expect(rare.isEmpty, "rarely broken or kept: \(rare)")
    }
}
