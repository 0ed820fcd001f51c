import CallscriptCompliance
import CallscriptDiagnostics
import CallscriptGenerator
import CallscriptMachine
import CallscriptReference
import Testing

/// The verifier against a brute-force path enumerator on thousands of random small machines:
/// the same verdict per rule, the same violating statements, the same shortest lengths, and
/// every counterexample replays on the machine to a state where the reference sees the breach.
/// (ScriptAgreementTests does the same for machines compiled from random scripts.)
@Suite("verifier agrees with a brute-force reference")
struct AgreementTests {
    static let machines = 2_000

    @Test func verifierAgreesWithReferenceOnRandomMachines() {
        var rng = SeededRandom(seed: 20_260_701)
        var agreement = RuleAgreement()
        for n in 0..<Self.machines {
            agreement.compare(
                RandomMachines.make(&rng), label: "machine \(n)", namesSeller: RandomMachines.namingSeller)
            if agreement.disagreements.count > 5 { break }
        }
        #expect(agreement.disagreements.isEmpty, "\(agreement.disagreements.prefix(5).joined(separator: "\n"))")
        // The generator must actually produce breaches of every kind for this to mean anything.
        for rule in RuleAgreement.pathRules {
            // A prize rule applies only to machines that make a prize promotion at all.
            let least = rule.id == "US-TSR-DISCLOSE-PRIZE" ? 50 : 200
            #expect(agreement.findings[rule.id, default: 0] > least, "\(rule.id) was broken too rarely to test it")
        }
    }
}
