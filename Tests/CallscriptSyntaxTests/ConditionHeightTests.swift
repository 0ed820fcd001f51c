import CallscriptDiagnostics
import Testing

@testable import CallscriptSyntax

/// The checker and lowering walk conditions recursively and rely on the parser alone to bound
/// their height: every condition the parser accepts is at most `maximumConditionDepth` + 1
/// levels high, however `(`, `not`, `and` and `or` are mixed.
@Suite struct ConditionHeightTests {
    private func height(_ expression: Expression) -> Int {
        switch expression {
        case .comparison, .isSet: 1
        case .and(let l, let r, _), .or(let l, let r, _): max(height(l), height(r)) + 1
        case .not(let inner, _), .group(let inner, _): height(inner) + 1
        }
    }

    /// A random condition of `size` operators, with parentheses and `not`s mixed in. A
    /// `chain` puts every `and` and `or` on one side, so the height is about the size.
    private func condition(_ size: Int, chain: Bool, _ random: inout SystemRandomNumberGenerator) -> String {
        guard size > 0 else { return Bool.random(using: &random) ? "x == 1" : "y is set" }
        switch Int.random(in: 0..<4, using: &random) {
        case 0: return "not " + condition(size - 1, chain: chain, &random)
        case 1: return "(" + condition(size - 1, chain: chain, &random) + ")"
        default:
            let left =
                chain ? (Bool.random(using: &random) ? 0 : size - 1) : Int.random(in: 0..<size, using: &random)
            let op = Bool.random(using: &random) ? " and " : " or "
            return condition(left, chain: chain, &random) + op + condition(size - 1 - left, chain: chain, &random)
        }
    }

    @Test func everyAcceptedConditionIsWithinTheBound() {
        var random = SystemRandomNumberGenerator()
        var accepted = 0
        var refused = 0
        for round in 0..<400 {
            let chain = round % 2 == 1
            let size = Int.random(in: chain ? 40...110 : 1...300, using: &random)
            let text = "step a {\n  if \(condition(size, chain: chain, &random)) -> a\n  else -> a\n}\n"
            let result = Parser.parse(SourceFile(path: "t.call", text: text))
            guard result.diagnostics.isEmpty else {
                #expect(result.diagnostics.map(\.code) == ["CS0025"], "\(text)")
                refused += 1
                continue
            }
            guard case .step(let step) = result.file.items.first,
                case .branches(let jumps, _)? = step.body.ending?.kind,
                let jump = jumps.first
            else {
                Issue.record("expected an if line in \(text)")
                continue
            }
            #expect(height(jump.condition) <= Parser.maximumConditionDepth + 1, "\(text)")
            accepted += 1
        }
        // Both sides of the bound were tried.
        #expect(accepted > 50 && refused > 50, "accepted \(accepted), refused \(refused)")
    }
}
