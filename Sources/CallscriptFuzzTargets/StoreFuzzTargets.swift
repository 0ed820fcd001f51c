import CallscriptMachine
import CallscriptRuntime
import Foundation

/// The files of the file record store that a runner reads back (saved sessions and step
/// journals), the call list `callscript scrub` reads and writes, and the data folder's
/// retention settings: all of them can be edited, damaged or planted by hand.
extension FuzzTargets {
    /// Stands for the session machine's digest in `sessionfile` inputs, so the fuzzer need not
    /// guess 64 hex digits to get past the digest check.
    public static let digestPlaceholder = "@digest"

    /// A saved session file (`sessions/<id>.json`): decode and restore onto the session
    /// machine. A restored state can be drawn and stepped, and saved again it restores to the
    /// same state: a hand-edited file either is refused or behaves like a real session.
    /// Returns true when the file restored (for the tests of the seeds).
    @discardableResult
    public static func sessionfile(_ bytes: [UInt8]) -> Bool {
        guard let loaded = sessionMachine,
            let context = try? CallContext(loaded: loaded, contact: sessionContact, agent: "Sanne")
        else { return false }
        let text = String(decoding: bytes, as: UTF8.self)
            .replacingOccurrences(of: digestPlaceholder, with: loaded.digest)
        guard let snapshot = try? SessionSnapshot.decode(Data(text.utf8), file: "fuzz.json") else { return false }
        let state: SessionState
        do { state = try snapshot.restore(on: loaded, file: "fuzz.json") } catch {
            _ = error.description
            return false
        }
        _ = Stepper.prompt(state, context)
        let again = SessionSnapshot(session: "fuzz", contact: snapshot.contact, agent: snapshot.agent, state: state)
        guard let decoded = try? SessionSnapshot.decode(again.encoded(), file: "fuzz.json"),
            let restored = try? decoded.restore(on: loaded)
        else { preconditionFailure("a restored session does not save and load again") }
        precondition(restored == state, "a restored session saves as another state")
        for input in [SessionInput.continue, .answer(0), .capture("anna@example.nl"), .event(.objection)] {
            if let next = try? Stepper.step(state, input, context).state { _ = Stepper.prompt(next, context) }
        }
        return true
    }

    /// The session files of a short call on the session machine, with the machine's digest
    /// replaced by `digestPlaceholder`: the seeds of `sessionfile` (kept in step with the
    /// committed ones by a test).
    public static func sessionFileSeeds() -> [String: [UInt8]] {
        guard let loaded = sessionMachine,
            let context = try? CallContext(loaded: loaded, contact: sessionContact, agent: "Sanne")
        else { return [:] }
        var seeds: [String: [UInt8]] = [:]
        var state = Stepper.start(context).state
        let inputs: [SessionInput] = [.continue, .answer(0), .continue, .capture("anna@example.nl"), .answer(1)]
        for n in 0..<12 {
            let snapshot = SessionSnapshot(session: "fuzz", contact: sessionContact.id, agent: "Sanne", state: state)
            let text = String(decoding: snapshot.encoded(), as: UTF8.self)
                .replacingOccurrences(of: loaded.digest, with: digestPlaceholder)
            seeds["step-\(n).json"] = Array(text.utf8)
            if state.isEnded { break }
            for input in inputs {
                if let next = try? Stepper.step(state, input, context).state {
                    state = next
                    break
                }
            }
        }
        return seeds
    }

    /// A step journal (`pending/<session>.step`), read with the store's decoder: what decodes
    /// encodes and decodes to the same step, or recovery would complete another step than
    /// the one that was interrupted.
    public static func journal(_ bytes: [UInt8]) {
        guard let step = try? JSONDecoder().decode(StepWrite.self, from: Data(bytes)) else { return }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(step), let again = try? JSONDecoder().decode(StepWrite.self, from: data)
        else { preconditionFailure("a step journal read cannot be written and read again") }
        precondition(again == step, "a step journal does not round-trip")
    }

    /// A call list (CSV from Excel or a CRM): what reads writes back (as `scrub` writes the
    /// callable rows) and reads again as the same header and rows.
    public static func calllist(_ bytes: [UInt8]) {
        let table: CSVTable
        do { table = try CSVTable.parse(bytes, file: "bellijst.csv") } catch {
            _ = error.description
            return
        }
        var line = 1
        for row in table.rows {
            precondition(row.line > line, "rows out of order: line \(row.line) after \(line)")
            line = row.line
        }
        guard let again = try? CSVTable.parse(table.encoded(), file: "bellijst.csv") else {
            preconditionFailure("a call list written back cannot be read")
        }
        precondition(again.header == table.header, "a call list's header does not round-trip")
        precondition(again.rows.map(\.fields) == table.rows.map(\.fields), "a call list's rows do not round-trip")
    }

    /// The data folder's retention settings: a refusal has a message; accepted periods are
    /// never longer than the customer term the law allows.
    public static func retention(_ bytes: [UInt8]) {
        do {
            let settings = try RetentionSettings.parse(bytes, file: "settings.json")
            for kind in RetentionSettings.Kind.allCases {
                precondition(settings.period(kind) <= .customerTerm, "a period longer than the customer term")
            }
        } catch {
            precondition(!error.description.isEmpty, "a refusal without a message")
        }
    }
}
