import CallscriptCompiler
import CallscriptDiagnostics
import CallscriptMachine
import CallscriptTestSupport
import Foundation
import Testing

/// The fast canonical writer the compiler seals with must produce exactly the bytes
/// `JSONEncoder` produces for the digest, or runtimes would refuse compiled machines.
@Suite struct CanonicalJSONTests {
    private func encoderBytes(_ machine: Machine) throws -> [UInt8] { Array(try ReferenceJSON.compact(machine)) }

    @Test(arguments: RoundTripTests.scripts())
    func matchesJSONEncoderOnFixtures(_ url: URL) throws {
        let result = Compiler.compile(path: url.path, options: CompileOptions(checkDate: testDate, verify: false))
        guard let machine = result.machine else { return }
        #expect(CanonicalJSON.bytes(machine) == (try encoderBytes(machine)))
        #expect(machine.digest == (try ReferenceJSON.digest(machine)))
        #expect(CanonicalJSON.pretty(machine) == Array(try ReferenceJSON.pretty(machine)))
    }

    @Test func matchesJSONEncoderOnAwkwardText() throws {
        let odd = "quote \" backslash \\ slash / tab \t nl \n cr \r bell \u{07} nul \u{00} é 😀 {{x}}"
        let range = SourceRange(
            file: "a/b \"c\".call", start: SourceLocation(offset: 0, line: 1, column: 1),
            end: SourceLocation(offset: 5, line: 2, column: 3))
        let machine = Machine(
            compiler: odd,
            script: ScriptInfo(
                name: odd, company: "c", principal: odd, callerID: "+31", policy: "p", sector: "s",
                audience: .customers(months: 36), language: "nl", version: 7,
                locations: ["script": range, "caller-id": range, "company": range, "audience": range]),
            fields: [
                Field(name: "f", origin: .capture, type: FieldType(.choice, choices: ["a", "b"])),
                Field(name: "g", origin: .contact, type: FieldType(.date)),
            ],
            start: "s.1",
            handlers: [Handler(event: "objection", entry: "on-objection.1", source: range)],
            states: [
                State(
                    id: "s.1", step: "s", role: .askConsent, text: odd, field: "f", purpose: odd, topic: "goods",
                    transitions: [Transition(kind: .answer, label: odd, answerClass: .later, target: "s.2")],
                    source: range),
                State(
                    id: "s.2", step: "s", role: .branch,
                    transitions: [
                        Transition(
                            kind: .condition,
                            condition: .or(
                                .not(.isSet(field: "f")),
                                .and(
                                    .compare(
                                        field: "g", op: .lessOrEqual, value: Literal(type: .date, value: "2026-01-01")),
                                    .isSet(field: "f"))), target: "s.3"),
                        Transition(kind: .otherwise, target: "s.3"),
                    ], source: range),
                State(id: "s.3", step: "s", role: .end, transitions: [], source: range),
            ],
            sources: [SourceDigest(path: "x.call", sha256: "ab")], digest: "old")
        #expect(
            String(decoding: CanonicalJSON.bytes(machine), as: UTF8.self)
                == String(decoding: try encoderBytes(machine), as: UTF8.self))
        #expect(CanonicalJSON.digest(machine) == (try ReferenceJSON.digest(machine)))
        #expect(
            String(decoding: CanonicalJSON.pretty(machine), as: UTF8.self)
                == String(decoding: try ReferenceJSON.pretty(machine), as: UTF8.self))
    }
}
