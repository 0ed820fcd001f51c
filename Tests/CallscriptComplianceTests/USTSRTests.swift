import CallscriptCompliance
import CallscriptDiagnostics
import CallscriptMachine
import Testing

@Suite("us-tsr policy")
struct USTSRTests {
    func script(_ intro: Stmt...) -> Machine {
        var b = MachineBuilder()
        b.script.company = "Sunny Energy LLC"
        b.script.policy = "us-tsr"
        b.step("intro", statements: intro + [.goto("goodbye")])
        b.step("goodbye", .say("Thank you for your time."), .end)
        return b.build()
    }

    let seller = Stmt.identify("Good afternoon, this is {agent} calling for {company}.")
    let purpose = Stmt.disclose("purpose", "I am calling to sell you a new energy plan.")
    let goods = Stmt.disclose("goods", "It is a fixed-price electricity plan.")
    let pitch = Stmt.pitch("You can lock in your rate for twelve months.")

    @Test func allDisclosuresBeforeThePitchPass() {
        let m = script(seller, purpose, goods, pitch)
        #expect(Verifier.verify(m, on: cutoff).isEmpty)
        // The same machine under the Dutch policy fails: the design is not Dutch-only.
        #expect(!Verifier.verify(m, policy: NLTelemarketing.policy, on: cutoff).isEmpty)
    }

    @Test func missingPurposeFails() throws {
        let m = script(seller, goods, pitch)
        let found = Verifier.verify(m, on: cutoff)
        #expect(found.map(\.code) == ["US-TSR-DISCLOSE-PURPOSE"])
        let d = try #require(found.first)
        #expect(d.message == "'pitch' comes before 'disclose purpose'")
        #expect(d.range == m.state("intro.3")?.source)
        #expect(words(d) == ["intro.1", "intro.2", "intro.3"])
    }

    @Test func goodsAfterThePitchFails() throws {
        let found = Verifier.verify(script(seller, purpose, pitch, goods), on: cutoff)
        #expect(found.map(\.code) == ["US-TSR-DISCLOSE-GOODS"])
    }

    @Test func anIdentifyThatDoesNotNameTheSellerDoesNotCount() throws {
        let found = Verifier.verify(script(.identify("Hi, this is {agent}."), purpose, goods, pitch), on: cutoff)
        #expect(found.map(\.code) == ["US-TSR-DISCLOSE-SELLER"])
        #expect(found.first?.message == "'pitch' comes before the seller is identified")
        let literal = Verifier.verify(
            script(.identify("Hi, this is {agent} from Sunny Energy."), purpose, goods, pitch), on: cutoff)
        #expect(literal.isEmpty)
    }
}
