import CallscriptCompliance
import Testing

/// `Policies.named` builds only the policy asked for, so it names each one itself: it must
/// find exactly the shipped policies, each by its own ID.
@Suite struct PolicyLookupTests {
    @Test(arguments: Policies.all.map(\.id))
    func everyShippedPolicyIsFoundByItsID(_ id: String) throws {
        let found = try #require(Policies.named(id))
        let shipped = try #require(Policies.all.first { $0.id == id })
        #expect(found.id == id)
        #expect(found.rules.map(\.id) == shipped.rules.map(\.id))
        #expect(found.gates.map(\.id) == shipped.gates.map(\.id))
    }

    @Test func anUnknownNameFindsNone() {
        #expect(Policies.named("nl-telemarketting") == nil)
        #expect(Policies.named("") == nil)
        #expect(Policies.named("NL-TELEMARKETING") == nil)
    }
}
