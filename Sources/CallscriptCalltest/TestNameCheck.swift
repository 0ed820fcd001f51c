import CallscriptDiagnostics
import CallscriptMachine
import CallscriptRuntime

/// Checks the names a test file uses against the compiled script: states, steps, fields and
/// contact values, so a typo is an error at its line (with "did you mean") rather than a
/// confusing test failure.
enum TestNameCheck {
    /// Contact settings that feed the basis gate rather than a script field.
    static let recordKeys: Set<String> = ["last_purchase", "contract_end", "legal_form"]

    static func check(_ file: ScriptTestFile, machine loaded: LoadedMachine) -> [Diagnostic] {
        var out: [Diagnostic] = []
        let machine = loaded.machine
        let stateIDs = machine.states.map(\.id)
        let steps = Array(Set(machine.states.map(\.step))).sorted()
        let contactFields = machine.fields.filter { $0.origin == .contact }
        let purposes = Set(machine.states.compactMap(\.purpose))

        func suggest(_ word: String, _ candidates: [String]) -> String? {
            closestWord(to: word, in: candidates).map { "did you mean '\($0)'?" }
        }

        func checkContact(_ values: [String: SettingValue]) {
            for (name, value) in values.sorted(by: { $0.key < $1.key }) {
                if recordKeys.contains(name), loaded.fields[name] == nil {
                    // Any legal form may be written: an unknown one is the basis gate's refusal.
                    if name != "legal_form", CalendarDate(value.text) == nil {
                        out.append(
                            Diagnostic(
                                .testBadValue, "'\(value.text)' is not a date", at: value.range,
                                help: "write YYYY-MM-DD, e.g. 2026-03-01"))
                    }
                    continue
                }
                // The contact's language picks a translation; any value is allowed (a language
                // the machine has no translation for falls back to the script's own).
                if name == CallContext.languageField, loaded.fields[name] == nil { continue }
                guard let field = loaded.fields[name] else {
                    out.append(
                        Diagnostic(
                            .testUnknownField, "the script has no field '\(name)'", at: value.range,
                            help: suggest(name, contactFields.map(\.name))
                                ?? "contact fields: \(contactFields.map(\.name).joined(separator: ", "))"))
                    continue
                }
                guard field.origin == .contact else {
                    out.append(
                        Diagnostic(
                            .testNotAContactField, "'\(name)' is a capture, not a contact field", at: value.range,
                            help: "enter it during the test with capture \(name) = ..."))
                    continue
                }
                if case .failure(let refusal) = FieldParser.parse(value.text, as: field.type) {
                    out.append(
                        Diagnostic(
                            .testBadValue, "contact field '\(name)' (\(field.type.description)): \(refusal.reason)",
                            at: value.range))
                }
            }
        }

        checkContact(file.settings.contact)
        var missingEverywhere = Set(contactFields.map(\.name)).subtracting(file.settings.contact.keys)
        for test in file.tests {
            checkContact(test.settings.contact)
            missingEverywhere.subtract(test.settings.contact.keys)
        }
        for name in contactFields.map(\.name) where missingEverywhere.contains(name) {
            let type = loaded.fields[name]?.type.description ?? "text"
            out.append(
                Diagnostic(
                    .testMissingContactValue, "contact field '\(name)' (\(type)) has no value", at: file.scriptRange,
                    help: "add `contact \(name) = ...` below the script line"))
        }
        for test in file.tests {
            for field in contactFields
            where !missingEverywhere.contains(field.name)
                && file.settings.contact[field.name] == nil && test.settings.contact[field.name] == nil
            {
                out.append(
                    Diagnostic(
                        .testMissingContactValue,
                        "test '\(test.name)' has no value for contact field '\(field.name)' (\(field.type.description))",
                        at: test.range,
                        help: "add `contact \(field.name) = ...` below the script line or below this test's line"))
            }
            for step in test.steps {
                func state(_ id: String) {
                    if !stateIDs.contains(id) {
                        out.append(
                            Diagnostic(
                                .testUnknownState, "the script has no state '\(id)'", at: step.range,
                                help: suggest(id, stateIDs)
                                    ?? "states are named step.n, e.g. \(stateIDs.first ?? "opening.1")"))
                    }
                }
                func checkStep(_ name: String) {
                    if !steps.contains(name) {
                        out.append(
                            Diagnostic(
                                .testUnknownStep, "the script has no step '\(name)'", at: step.range,
                                help: suggest(name, steps) ?? "steps: \(steps.joined(separator: ", "))"))
                    }
                }
                switch step.action {
                case .expect(.line(let id)), .expect(.never(.line(let id))): state(id)
                case .expect(.step(let name)), .expect(.never(.step(let name))): checkStep(name)
                case .expect(.consent(let purpose)), .expect(.never(.consent(let purpose?))):
                    if !purposes.contains(purpose) {
                        out.append(
                            Diagnostic(
                                .testUnknownPurpose, "the script never asks consent for '\(purpose)'", at: step.range,
                                help: suggest(purpose, Array(purposes))
                                    ?? (purposes.isEmpty
                                        ? "the script has no ask consent"
                                        : "purposes: \(purposes.sorted().map { "\"\($0)\"" }.joined(separator: ", "))"))
                        )
                    }
                case .capture(let name, _):
                    guard let field = loaded.fields[name] else {
                        let captures = machine.fields.filter { $0.origin == .capture }.map(\.name)
                        out.append(
                            Diagnostic(
                                .testUnknownField, "the script has no field '\(name)'", at: step.range,
                                help: suggest(name, captures) ?? "captures: \(captures.joined(separator: ", "))"))
                        continue
                    }
                    if field.origin != .capture {
                        out.append(
                            Diagnostic(
                                .testNotACaptureField, "'\(name)' is a contact field, not a capture", at: step.range,
                                help: "set it below the test line with contact \(name) = ..."))
                    }
                default: continue
                }
            }
        }
        return out
    }
}
