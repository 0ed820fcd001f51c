import CallscriptCompiler
import CallscriptCompliance
import CallscriptMachine
import Foundation
import Testing

@testable import CallscriptExports

/// Handlers that may start inside a handler (issue 14: `complaint` raised inside `on objection`
/// jumps back into the offer). The model follows such paths only for rules that allow them.
@Suite struct PromelaInterruptTests {
    static let script = """
        script "Klachten tijdens bezwaar" {
          company "Zonnig Energie B.V."
          caller-id "+31 20 555 0199"
          sector energy
          audience opt-in
        }

        start intro

        step intro {
          identify "Goedemiddag, u spreekt met {agent} van {company}."
          ask convenient "Komt het u nu gelegen?" {
            yes "Ja" -> offer
            no  "Nee" -> goodbye
          }
        }

        step offer {
          pitch "Als klant krijgt u twaalf maanden vaste korting op stroom."
          -> goodbye
        }

        step goodbye {
          optout "Mogen wij u in de toekomst nog bellen? Zo niet, dan noteer ik uw bezwaar nu meteen."
          end
        }

        on objection {
          record objection
          say "Ik heb genoteerd dat wij u niet meer bellen."
          end
        }

        on voicemail {
          hangup
        }

        on complaint {
          say "Ik noteer uw klacht."
          -> offer
        }

        on minor {
          say "Dan beëindig ik dit gesprek."
          end
        }
        """

    func verdict(interrupts: Bool) throws -> Bool {
        let machine = try #require(Compiler.compile(source: Self.script).machine)
        var topics: [String] = []
        let base = try #require(PromelaRuleTable.encoding(of: NLTelemarketing.objection.check, topics: &topics))
        var encoding = base
        encoding.interrupts = interrupts
        let model = PromelaExport.model(
            [MachineGraph(machine)], policyID: "test", rules: [("NL-OBJECTION", encoding)], topics: [])
        let spin = try SpinRunner.check(model).get()
        return spin.broken["NL-OBJECTION"] != nil
    }

    @Test func aComplaintInsideTheObjectionHandlerReachesThePitchOnlyWithInterrupts() throws {
        #expect(try verdict(interrupts: false) == false)
        #expect(try verdict(interrupts: true) == true)
    }
}
