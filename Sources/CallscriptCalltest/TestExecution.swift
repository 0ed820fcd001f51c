import CallscriptDiagnostics
import CallscriptMachine
import CallscriptRuntime
import Foundation

/// Runs the steps of one test on a real `CallSession`: records go to the test's own data
/// folder, so expectations about consent, objections and callbacks read the real files.
///
/// Every positive expectation holds now or after reading on: while a line is on screen and
/// the expectation does not hold, the line is continued (never an answer or a capture).
/// `answer` and `capture` read on to the next question or capture the same way.
struct TestExecution: Sendable {
    let loaded: LoadedMachine
    let context: CallContext
    private(set) var data: DataFolder
    var session: CallSession
    var coverage: ScriptCoverage
    /// Objection list lines for this number before the call, so only new ones count.
    let objectionsBefore: Int
    /// Logs shared with the tests that continue this call from a checkpoint.
    private(set) var transcript = SharedLog<String>()
    private(set) var shown = SharedLog<ShownLine>()

    /// A line the call showed, for the negative expectations.
    struct ShownLine: Sendable {
        var id: String
        var role: Role
    }

    init(loaded: LoadedMachine, context: CallContext, data: DataFolder, session: CallSession, coverage: ScriptCoverage)
    {
        self.loaded = loaded
        self.context = context
        self.data = data
        self.session = session
        self.coverage = coverage
        self.objectionsBefore = Self.objectionLines(data, phone: context.contact.phone)
        let start = Stepper.start(context)
        self.coverage.record(start.effects)
        log(start.effects)
    }

    // MARK: running steps

    /// This call, continued in another test from a checkpoint: the same session state and logs,
    /// on `data` (which holds the records as they stood) with `session` moved onto it, and
    /// recording into `coverage` (the run's, which has grown since the checkpoint).
    func continued(data: DataFolder, session: CallSession, coverage: ScriptCoverage) -> TestExecution {
        var copy = self
        copy.data = data
        copy.session = session
        copy.coverage = coverage
        return copy
    }

    /// Runs the steps in order; the first that does not hold is the failure. At each checkpoint
    /// `wanted` names, the call as it stands is handed to `reached` (before the next step).
    mutating func run(
        _ steps: [TestStep], wanted: Set<String> = [], reached: (String, TestExecution) -> Void = { _, _ in }
    ) -> TestFailure? {
        var i = 0
        while i < steps.count {
            let step = steps[i]
            if case .checkpoint(let name) = step.action {
                if wanted.contains(name) { reached(name, self) }
                i += 1
                continue
            }
            let next = i + 1 < steps.count ? steps[i + 1] : nil
            do {
                if let failure = try perform(step, next: next, skipNext: &i) { return failure }
            } catch {
                return fail(step, "the call stopped: a record could not be written", actual: error.description)
            }
            i += 1
        }
        return nil
    }

    private mutating func perform(_ step: TestStep, next: TestStep?, skipNext i: inout Int) throws(SessionError)
        -> TestFailure?
    {
        switch step.action {
        case .continue:
            guard case .line = session.prompt else {
                return fail(
                    step, "cannot continue: no line is on screen", actual: currentPosition(),
                    help: "remove the continue line")
            }
            try input(.continue)
        case .answer(let choice):
            try readOn()
            guard case .question(let id, _, _, let answers) = session.prompt else {
                return fail(step, "expected a question to answer", expected: "a question", actual: currentPosition())
            }
            switch AnswerResolver.resolve(choice, among: answers) {
            case .success(let index): try input(.answer(index))
            case .failure(let mismatch):
                let listed = mismatch.candidates.map { "\($0.index + 1). \"\($0.label)\"" }.joined(separator: ", ")
                let ambiguous = mismatch.kind == .ambiguousLabel || mismatch.kind == .ambiguousClass
                return fail(
                    step,
                    ambiguous
                        ? "question \(id): answer \(describe(choice)) could be \(mismatch.candidates.count) answers"
                        : "question \(id) has no answer \(describe(choice))",
                    expected: describe(choice), actual: "\(ambiguous ? "candidates" : "answers"): \(listed)",
                    help: mismatch.help)
            }
        case .capture(let field, let value):
            try readOn()
            guard case .capture(let id, let shownField, _, _) = session.prompt, shownField == field else {
                return fail(
                    step, "expected the capture of '\(field)'", expected: "capture of '\(field)'",
                    actual: currentPosition())
            }
            do { try input(.capture(value)) } catch {
                guard case .refused(let refusal) = error else { throw error }
                guard let next, case .expect(.refused(let fragment)) = next.action else {
                    return fail(
                        step, "capture of '\(field)' at \(id) was refused", expected: "'\(value)' accepted",
                        actual: refusal.description,
                        help: "if the refusal is what you test, add `expect refused` on the next line")
                }
                if let fragment, !normalized(refusal.description).contains(normalized(fragment)) {
                    return fail(
                        next, "capture was refused for another reason", expected: "a reason containing \"\(fragment)\"",
                        actual: refusal.description)
                }
                transcript.append("capture \(field) = \(value) (refused: \(refusal.description))")
                i += 1
            }
        case .event(let event):
            if case .ended(let outcome) = session.prompt {
                return fail(
                    step, "cannot raise \(event.rawValue): the call has already ended", actual: describe(outcome))
            }
            try input(.event(event))
        case .expect(let expectation):
            return try expect(expectation, step)
        case .checkpoint: return nil
        }
        return nil
    }

    private mutating func expect(_ expectation: Expectation, _ step: TestStep) throws(SessionError) -> TestFailure? {
        switch expectation {
        case .refused:
            return fail(
                step, "expected the previous capture to be refused, but it was accepted",
                help: "put `expect refused` right after the capture that must be refused")
        case .callRefused:
            return fail(
                step, "expected the gates to refuse the call, but it started",
                actual: "all gates passed", help: "gates are only checked with `gates on`")
        case .never(let negative):
            guard let seen = happened(negative) else { return nil }
            return fail(step, "expected no \(describe(negative))", actual: seen)
        default:
            var hops = 0
            var passed: [String] = []
            while true {
                if holds(expectation) { return nil }
                guard case .line(let id, _, _) = session.prompt, hops <= loaded.index.count else { break }
                passed.append(id)
                hops += 1
                try input(.continue)
            }
            var actual = currentPosition()
            if !passed.isEmpty { actual += " (read on from \(passed.joined(separator: ", ")))" }
            if let records = recordState(expectation) { actual = records + "; " + actual }
            return fail(step, "expected \(describe(expectation))", expected: describe(expectation), actual: actual)
        }
    }

    /// Continues lines until a question, capture or the end is on screen.
    private mutating func readOn() throws(SessionError) {
        var hops = 0
        while case .line = session.prompt, hops <= loaded.index.count {
            hops += 1
            try input(.continue)
        }
    }

    private mutating func input(_ input: SessionInput) throws(SessionError) {
        let effects = try session.perform(input)
        coverage.record(effects)
        log(effects)
    }

    private mutating func log(_ effects: [Effect]) {
        for effect in effects {
            switch effect {
            case .shown(let id, let role, let text):
                shown.append(ShownLine(id: id, role: role))
                transcript.append("\(id) \(role.rawValue) \"\(short(text))\"")
            case .continued, .branched: continue
            case .answered(_, _, let label, _): transcript.append("answer \"\(label)\"")
            case .captured(_, let field, let value): transcript.append("capture \(field) = \(value)")
            case .event(let event, let handled, _):
                transcript.append("event \(event.rawValue)\(handled ? "" : " (no handler)")")
            case .recordObjection: transcript.append("objection recorded")
            case .recordConsent(_, let purpose): transcript.append("consent \"\(purpose)\" recorded")
            case .planCallback(_, let at):
                transcript.append("callback planned\(at.map { " at \($0)" } ?? " without a time")")
            case .ended(let outcome): transcript.append(describe(outcome))
            }
        }
    }

    // MARK: checks

    private func holds(_ expectation: Expectation) -> Bool {
        let prompt = session.prompt
        switch expectation {
        case .line(let id): return prompt.stateID == id
        case .step(let name):
            return prompt.stateID.flatMap { loaded.index.index(of: $0) }.map { loaded.index[$0].step == name } ?? false
        case .text(let text, let role):
            guard let shownText = prompt.text else { return false }
            if let role, !Self.roles(role).contains(prompt.role ?? .end) { return false }
            return normalized(shownText).contains(normalized(text))
        case .role(let role): return prompt.role.map { Self.roles(role).contains($0) } ?? false
        case .outcome(let kind, let at):
            guard case .ended(let outcome) = prompt, outcome.kind == kind else { return false }
            return at == nil || outcome.callbackAt == at
        case .consent(let purpose): return consents().contains(purpose)
        case .objectionRecorded: return objectionCount() > objectionsBefore
        case .callback(let at): return callbacks().contains { at == nil || $0 == at }
        case .refused, .callRefused, .never: return false
        }
    }

    /// What is on record, for a failed record expectation.
    private func recordState(_ expectation: Expectation) -> String? {
        switch expectation {
        case .consent:
            let given = consents()
            return given.isEmpty
                ? "no consent was recorded in this call"
                : "consent recorded for: \(given.map { "\"\($0)\"" }.joined(separator: ", "))"
        case .objectionRecorded: return "the objection list has no new entry for \(context.contact.phone)"
        case .callback:
            let planned = callbacks()
            return planned.isEmpty
                ? "no callback was planned"
                : "callbacks planned at: \(planned.map(\.description).joined(separator: ", "))"
        default: return nil
        }
    }

    private func happened(_ negative: Negative) -> String? {
        switch negative {
        case .line(let id): return shown.contains { $0.id == id } ? "\(id) was shown" : nil
        case .step(let name):
            let hit = shown.first { s in loaded.index.index(of: s.id).map { loaded.index[$0].step == name } ?? false }
            return hit.map { "\($0.id) of step \(name) was shown" }
        case .role(let role):
            let hit = shown.first { Self.roles(role).contains($0.role) }
            return hit.map { "\(role.rawValue) \($0.id) was shown" }
        case .consent(let purpose):
            let given = consents().filter { purpose == nil || $0 == purpose }
            return given.isEmpty ? nil : "consent recorded for \"\(given[0])\""
        case .objection: return objectionCount() > objectionsBefore ? "the objection was recorded" : nil
        case .callback:
            let planned = callbacks()
            return planned.isEmpty ? nil : "a callback was planned at \(planned[0])"
        }
    }

    /// Purposes with consent given in this call (records of this script in the register).
    private func consents() -> [String] {
        let records = (try? ConsentRegister(path: data.consentRegister.path).records()) ?? []
        return records.filter { $0.script == loaded.digest && $0.person == context.contact.id && $0.status == .given }
            .map(\.purpose)
    }

    private func callbacks() -> [LocalDateTime] {
        let records = (try? CallbackList(path: data.callbackList.path).records()) ?? []
        return records.filter { $0.script == loaded.digest && $0.person == context.contact.id }.map(\.at)
    }

    private func objectionCount() -> Int {
        Self.objectionLines(data, phone: context.contact.phone)
    }

    static func objectionLines(_ data: DataFolder, phone: String) -> Int {
        guard let bytes = FileManager.default.contents(atPath: data.objectionList.path) else { return 0 }
        return String(decoding: bytes, as: UTF8.self).split(separator: "\n")
            .filter { PhoneNumber.normalize(String($0)) == phone }.count
    }

    static func roles(_ role: ExpectedRole) -> Set<Role> {
        switch role {
        case .identify: [.identify]
        case .pitch: [.pitch]
        case .optout: [.optout, .askOptout]
        case .disclose: [.disclose]
        case .question: [.ask, .askConvenient, .askConsent, .askOptout, .askSale]
        case .capture: [.capture]
        case .transfer: [.transferOptout]
        }
    }

    // MARK: describing

    /// Where the call stands now, for "actual".
    private func currentPosition() -> String {
        switch session.prompt {
        case .line(let id, let role, let text): return "the call shows \(role.rawValue) \(id) \"\(short(text))\""
        case .question(let id, _, let text, let answers):
            return
                "the call waits at question \(id) \"\(short(text))\" (answers: \(answers.map { "\"\($0.label)\"" }.joined(separator: ", ")))"
        case .capture(let id, let field, _, _): return "the call waits for the capture of '\(field)' at \(id)"
        case .ended(let outcome): return describe(outcome)
        }
    }

    private func describe(_ outcome: Outcome) -> String {
        var text = "the call ended with outcome \(outcome.kind.rawValue)"
        if let at = outcome.callbackAt { text += " at \(at)" }
        if let state = outcome.state { text += " (\(state))" }
        return text
    }

    private func describe(_ choice: AnswerChoice) -> String {
        switch choice {
        case .label(let l): "\"\(l)\""
        case .number(let n): "\(n)"
        case .answerClass(let c): c.rawValue
        }
    }

    func describe(_ e: Expectation) -> String {
        switch e {
        case .line(let id): "line \(id)"
        case .step(let name): "a line of step \(name)"
        case .text(let text, let role): "\(role.map { $0.rawValue + " " } ?? "")text \"\(text)\""
        case .role(let role): "a \(role.rawValue) line"
        case .refused(let f): "capture refused\(f.map { " (\"\($0)\")" } ?? "")"
        case .outcome(let kind, let at): "outcome \(kind.rawValue)\(at.map { " at \($0)" } ?? "")"
        case .consent(let p): "consent \"\(p)\" recorded"
        case .objectionRecorded: "objection recorded"
        case .callback(let at): "callback planned\(at.map { " at \($0)" } ?? "")"
        case .callRefused(let rule): "call refused\(rule.map { " by \($0)" } ?? "")"
        case .never(let n): "no \(describe(n))"
        }
    }

    private func describe(_ n: Negative) -> String {
        switch n {
        case .line(let id): "line \(id)"
        case .step(let name): "line of step \(name)"
        case .role(let role): "\(role.rawValue) line"
        case .consent(let p): "consent\(p.map { " \"\($0)\"" } ?? "")"
        case .objection: "objection recorded"
        case .callback: "callback planned"
        }
    }

    private func fail(
        _ step: TestStep, _ message: String, expected: String? = nil, actual: String? = nil, help: String? = nil
    ) -> TestFailure {
        TestFailure(
            range: step.range, message: message, expected: expected, actual: actual, help: help,
            transcript: transcript.all)
    }
}

func normalized(_ text: String) -> String {
    text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
}

func short(_ text: String, _ limit: Int = 60) -> String {
    let one = normalized(text)
    return one.count <= limit ? one : String(one.prefix(limit - 1)) + "…"
}

extension Prompt {
    var stateID: String? {
        switch self {
        case .line(let s, _, _), .question(let s, _, _, _), .capture(let s, _, _, _): s
        case .ended: nil
        }
    }

    var role: Role? {
        switch self {
        case .line(_, let r, _), .question(_, let r, _, _): r
        case .capture: .capture
        case .ended: nil
        }
    }

    var text: String? {
        switch self {
        case .line(_, _, let t), .question(_, _, let t, _), .capture(_, _, _, let t): t
        case .ended: nil
        }
    }
}
