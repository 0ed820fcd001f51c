import CallscriptDiagnostics
import CallscriptInput
import CallscriptMachine
import CallscriptRuntime

/// `checkpoint "NAME"` and `from "NAME"`: a test that continues another test's call, and where
/// each continuing test starts (docs: Docs/testing-scripts.md).
extension ParseState {
    /// `from "checkpoint"`: right after the `test` line, once.
    mutating func fromLine(_ reader: inout InputLineReader, _ keyword: InputToken, _ lineRange: SourceRange) {
        guard let test = tests.last else {
            error(
                .testMisplacedLine, "'from' before the first test", reader.range(keyword),
                help: "write it right after a test's `test` line: test \"...\" then from \"checkpoint\"")
            return
        }
        guard test.steps.isEmpty else {
            error(
                .testMisplacedLine, "'from' after the first step of test '\(test.name)'", reader.range(keyword),
                help: "a test continues another call from its start: put `from` right after the `test` line")
            return
        }
        guard let value = reader.next(), value.kind != .equals else {
            error(
                .testMalformedLine, "'from' needs the name of a checkpoint", reader.endRange,
                help: "write e.g. from \"na het aanbod\" for a checkpoint set with checkpoint \"na het aanbod\"")
            return
        }
        if let earlier = test.from {
            error(
                .testDuplicateSetting, "test '\(test.name)' continues two calls", reader.range(value),
                help: "a test continues one call: keep one `from` line",
                related: [RelatedLocation(label: "first from here", range: earlier.range)])
            return
        }
        trailing(&reader, "from")
        if let (setting, range) = firstSetting {
            error(
                .testContinuingSetting,
                "'\(setting)' in test '\(test.name)', which continues the call at checkpoint '\(value.text)'", range,
                help:
                    "a continuing test keeps the contact, time and gates of the call it continues; set them in the test with the checkpoint, or start a test of its own",
                related: [RelatedLocation(label: "continues the call here", range: lineRange)])
        }
        tests[tests.count - 1].from = TestOrigin(checkpoint: value.text, range: lineRange)
    }

    /// `checkpoint "name"`: a step that names the call as it stands; names are unique in the file.
    mutating func checkpointLine(
        _ reader: inout InputLineReader, _ keyword: InputToken, _ lineRange: SourceRange, _ text: String
    ) {
        guard !tests.isEmpty else {
            error(
                .testMisplacedLine, "'checkpoint' before the first test", reader.range(keyword),
                help: "set checkpoints among a test's steps")
            return
        }
        guard let value = reader.next(), value.kind != .equals else {
            error(
                .testMalformedLine, "'checkpoint' needs a name", reader.endRange,
                help: "write e.g. checkpoint \"na het aanbod\"; other tests continue it with from \"na het aanbod\"")
            return
        }
        if let extra = reader.next() {
            error(
                .testMalformedLine, "unexpected '\(extra.text)' after 'checkpoint' line", reader.range(extra),
                help: "quote a name with spaces, e.g. checkpoint \"na het aanbod\"")
            return
        }
        if let earlier = checkpoints[value.text] {
            error(
                .testDuplicateCheckpoint, "duplicate checkpoint '\(value.text)'", reader.range(value),
                help: "give every checkpoint of the file its own name",
                related: [RelatedLocation(label: "first set here", range: earlier.range)])
            return
        }
        let k = tests.count - 1
        checkpoints[value.text] = (k, tests[k].steps.count, reader.range(value))
        tests[k].steps.append(TestStep(.checkpoint(value.text), range: lineRange, text: text))
    }

    /// Finds the checkpoint of every `from`, and refuses unknown names and cycles.
    mutating func resolveOrigins() {
        for k in tests.indices {
            guard let origin = tests[k].from else { continue }
            guard let found = checkpoints[origin.checkpoint] else {
                let near = closestWord(to: origin.checkpoint, in: checkpoints.keys.sorted())
                error(
                    .testUnknownCheckpoint,
                    "test '\(tests[k].name)' continues unknown checkpoint '\(origin.checkpoint)'",
                    origin.range,
                    help: near.map { "did you mean '\($0)'?" }
                        ?? "set it in the test to continue, e.g. checkpoint \"\(origin.checkpoint)\"")
                continue
            }
            tests[k].from?.test = found.test
            tests[k].from?.step = found.step
        }
        // Each test continues at most one other: following `from` either ends at a test that
        // starts its own call or comes back round. Report each cycle once, at its first test.
        var state = Array(repeating: 0, count: tests.count) // 0 new, 1 on the current chain, 2 done
        for k in tests.indices where state[k] == 0 {
            var chain: [Int] = []
            var at = k
            while at >= 0, state[at] == 0 {
                state[at] = 1
                chain.append(at)
                at = tests[at].from?.test ?? -1
            }
            if at >= 0, state[at] == 1, let start = chain.firstIndex(of: at) {
                let cycle = Array(chain[start...])
                let first = cycle.min() ?? at
                let names = cycle.map { "'\(tests[$0].name)'" }.joined(separator: " -> ")
                let message =
                    cycle.count == 1
                    ? "test '\(tests[first].name)' continues its own checkpoint"
                    : "tests continue each other in a cycle: \(names) -> '\(tests[cycle[0]].name)'"
                error(
                    .testCheckpointCycle, message, tests[first].from?.range ?? tests[first].range,
                    help: "a test can only continue a call that starts somewhere: let one of them start its own call",
                    related: cycle.filter { $0 != first }.compactMap { t in
                        tests[t].from.map {
                            RelatedLocation(label: "'\(tests[t].name)' continues here", range: $0.range)
                        }
                    })
            }
            for t in chain { state[t] = 2 }
        }
    }
}
