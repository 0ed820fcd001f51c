import CallscriptMachine
import Testing

@testable import CallscriptService

/// The start form asks for what the campaign's basis gate reads.
@Suite struct BasisFieldsTests {
    @Test func eachAudienceAsksForWhatItsGateReads() {
        #expect(FloorAPI.basisFields(.customers(months: 36)).map(\.name) == ["last_purchase", "contract_end"])
        #expect(FloorAPI.basisFields(.business).map(\.name) == ["legal_form"])
        #expect(FloorAPI.basisFields(.business).map(\.basis) == [true])
        #expect(FloorAPI.basisFields(.optIn).isEmpty)
    }
}
