import CallscriptCompiler
import CallscriptDiagnostics
import CallscriptGenerator
import CallscriptMachine

/// The verifier against the brute-force `ReferenceChecker` on machines the real compiler made
/// from random small scripts (`RandomScripts`), so the agreement also covers the shapes
/// lowering produces. Shared by the test suite (a few thousand scripts) and
/// `callscript-bench --only agreement` (tens of thousands).
public struct ScriptAgreement: Sendable {
    /// Scripts generated.
    public var scripts = 0
    /// Scripts that compiled to a machine (the others have a loop without a way out).
    public var compiled = 0
    /// Scripts that failed for another reason than a loop without a way out: a generator or
    /// compiler bug, shown with the script.
    public var unexpectedErrors: [String] = []
    public var agreement = RuleAgreement()

    public init() {}

    /// Compiles and compares `count` scripts from `seed`; stops early after more than five
    /// disagreements (the counts mean little then).
    public static func run(scripts count: Int, seed: UInt64) -> ScriptAgreement {
        var rng = SeededRandom(seed: seed)
        var run = ScriptAgreement()
        for n in 0..<count {
            let text = RandomScripts.make(&rng)
            run.scripts += 1
            let result = Compiler.compile(
                source: text, path: "willekeurig.call",
                options: CompileOptions(checkDate: RuleAgreement.date, verify: false))
            guard let machine = result.machine else {
                let errors = result.diagnostics.filter { $0.severity == .error }
                if errors.isEmpty || errors.contains(where: { $0.code != DiagnosticCode.neverEnds.id }) {
                    run.unexpectedErrors.append("script \(n): \(errors.map { "\($0.code) \($0.message)" })\n\(text)")
                }
                continue
            }
            run.compiled += 1
            run.agreement.compare(machine, label: "script \(n)", namesSeller: RandomScripts.namingSeller)
            if run.agreement.disagreements.count > 5 { break }
        }
        return run
    }

    /// Rules broken or kept on fewer than `minimum` compiled machines: the comparison says
    /// little about them.
    public func rarelyExercised(minimum: Int) -> [String] {
        RuleAgreement.pathRules.map(\.id).filter {
            agreement.brokenOn[$0, default: 0] < minimum || agreement.keptOn[$0, default: 0] < minimum
        }
    }
}
