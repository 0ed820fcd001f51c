import CallscriptCompiler
import CallscriptMachine
import CallscriptTestSupport
import Foundation
import Testing

@testable import CallscriptCompliance

/// The verifier proves a policy's rules concurrently; its findings must be exactly those of
/// checking the rules one by one, in rule order.
@Suite struct ParallelProofTests {
    @Test func concurrentRulesGiveTheFindingsOfRuleByRule() throws {
        let folder = RepositoryPaths.examples.appendingPathComponent("noncompliant")
        let scripts = RepositoryPaths.files(in: folder, withExtension: "call")
        #expect(scripts.count > 10)
        var checked = 0
        for url in scripts {
            var options = CompileOptions(checkDate: NoncompliantExampleTests.date)
            options.verify = false
            guard let machine = Compiler.compile(path: url.path, options: options).machine,
                let policy = Policies.named(machine.script.policy.isEmpty ? Policies.defaultID : machine.script.policy)
            else { continue }
            let graph = MachineGraph(machine)
            let oneByOne = policy.rules.flatMap { Verifier.check($0, graph: graph, on: NoncompliantExampleTests.date) }
            let together = Verifier.verify(graph, policy: policy, on: NoncompliantExampleTests.date)
            #expect(together == oneByOne, "\(url.lastPathComponent)")
            checked += 1
        }
        #expect(checked == scripts.count)
    }
}
