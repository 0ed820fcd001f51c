import CallscriptCompiler
import Testing

/// Long chains must be walked with worklists: these would overflow the stack if any phase
/// recursed over steps. (No timing here; performance is measured with the release build.)
@Suite struct LargeScriptTests {
    @Test func longChainOfBareJumpsResolvesWithoutRecursion() throws {
        let n = 5_000
        var source = standardHeader + "start s0\n"
        for i in 0..<n { source += "step s\(i) { -> s\(i + 1) }\n" }
        source += "step s\(n) {\n  end\n}\n"
        let machine = try #require(compileText(source).machine)
        #expect(machine.start == "s\(n).1")
        #expect(machine.states.count == 1)
    }

    @Test func longLoopIsReportedOncePerStep() {
        let n = 5_000
        var source = standardHeader + "start s0\n"
        for i in 0..<n { source += "step s\(i) {\n  say \"\(i)\"\n  -> s\((i + 1) % n)\n}\n" }
        let result = compileText(source)
        #expect(result.diagnostics.filter { $0.code == "CS0200" }.count == n)
        #expect(result.machine == nil)
    }

    @Test func manyTyposStayBounded() {
        let n = 3_000
        var source = standardHeader + "start s0\n"
        for i in 0..<n { source += "step s\(i) {\n  say \"\(i)\"\n  -> t\(i)\n}\n" }
        let result = compileText(source)
        #expect(result.diagnostics.filter { $0.code == "CS0140" }.count == n)
    }
}
