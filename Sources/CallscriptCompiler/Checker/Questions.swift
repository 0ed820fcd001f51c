import CallscriptDiagnostics
import CallscriptMachine
import CallscriptSyntax

/// The rules of `ask`, `ask convenient` and `ask consent`: answer classes where they are
/// needed and nowhere else, yes and no present, no answer given twice.
extension Checker {
    mutating func checkAsk(_ block: AskBlock, in file: Int) {
        let head = Span(block.span.start, block.question.span.end)
        checkText(block.question, in: file)
        if case .consent(let purpose) = block.kind, let first = purpose.placeholders.first {
            reporter.report(
                .placeholderNotAllowed, "a consent purpose cannot contain a placeholder", at: first.span, in: file,
                help: "write the purpose literally, such as \"email-offers\"; it is stored with every consent")
        }
        if block.answers.isEmpty {
            reporter.report(
                .askWithoutAnswers, "this ask has no answers", at: head, in: file,
                help: "add answers such as: yes \"Ja\" -> next_step")
            return
        }
        var labels = AnswerLabels(capacity: block.answers.count)
        var counts = ClassCounts()
        var classesValid = true
        for answer in block.answers {
            checkText(answer.label, in: file)
            checkStepTarget(answer.target, in: file)
            let label = answer.label.template
            if let first = labels.insert(label, answer.label.span) {
                reporter.report(
                    .duplicateAnswer, "answer \"\(label)\" is given twice", at: answer.label.span, in: file,
                    related: [reporter.related("first given here", first, in: file)],
                    help: "the agent must be able to tell the answers apart: reword or remove one")
            }
            if let cls = checkAnswerClass(answer, kind: block.kind, in: file) {
                counts.count(cls)
            } else if block.kind != .plain {
                classesValid = false
            }
        }
        guard classesValid else { return }
        switch block.kind {
        case .plain: break
        case .convenient:
            let missing = ["yes", "no"].filter { counts[$0] == nil }
            if !missing.isEmpty {
                reporter.report(
                    .convenientNeedsYesAndNo,
                    "ask convenient has no \(missing.joined(separator: " and no ")) answer", at: head, in: file,
                    help: "the person must be able to say it is convenient (yes) and that it is not (no)")
            }
        case .optout, .sale:
            let missing = ["yes", "no"].filter { counts[$0] == nil }
            if !missing.isEmpty {
                let what = block.kind == .optout ? "ask optout" : "ask sale"
                reporter.report(
                    .consentNeedsYesAndNo, "\(what) has no \(missing.joined(separator: " and no ")) answer", at: head,
                    in: file, help: "the person must be able to answer yes and no")
            }
        case .consent:
            if counts["yes"] != 1 || counts["no"] != 1 {
                reporter.report(
                    .consentNeedsYesAndNo,
                    "ask consent has \(counts["yes"] ?? 0) yes and \(counts["no"] ?? 0) no answers", at: head, in: file,
                    help: "give exactly one yes and one no answer, so a recorded consent is unambiguous")
            }
        }
    }

    /// The answer's class word if it is valid for this kind of ask; nil (after reporting)
    /// otherwise, or when a plain ask's answer rightly has none.
    private mutating func checkAnswerClass(_ answer: AnswerClause, kind: AskKind, in file: Int) -> String? {
        guard let cls = answer.answerClass else {
            if kind != .plain {
                let what = kind == .convenient ? "yes, no or later" : "yes or no" // consent, optout, sale
                reporter.report(
                    .answerClassRequired, "this answer needs a class: \(what)", at: answer.label.span, in: file,
                    help: "start the answer with \(what), such as: yes \"Ja\" -> next_step")
            }
            return nil
        }
        if kind == .plain {
            let edit = TextEdit(
                range: reporter.range(Span(cls.span.start, answer.label.span.start), in: file), replacement: "")
            reporter.report(
                .answerClassNotAllowed, "a plain ask cannot class its answers ('\(cls.text)')", at: cls.span, in: file,
                help: "remove '\(cls.text)', or make the question 'ask convenient' or 'ask consent \"purpose\"'",
                fixIts: [FixIt(message: "remove '\(cls.text)'", edits: [edit])])
            return nil
        }
        guard Vocabulary.answerClasses.contains(cls.text) else {
            let hint = suggestion(for: cls, in: file, among: Vocabulary.answerClasses)
            reporter.report(
                .unknownAnswerClass, "unknown answer class '\(cls.text)'", at: cls.span, in: file,
                notes: ["answer classes are yes, no and later (later only for ask convenient)"],
                help: hint.help, fixIts: hint.fixIts)
            return nil
        }
        if kind != .convenient, cls.text == "later" {
            let what: String
            switch kind {
            case .optout: what = "ask optout"
            case .sale: what = "ask sale"
            default: what = "ask consent"
            }
            reporter.report(
                .consentNeedsYesAndNo, "\(what) cannot have a later answer", at: cls.span, in: file,
                help: "the answer is yes or no")
            return nil
        }
        return cls.text
    }
}

/// How many answers of an ask have each class (yes, no, later): three counters instead of a
/// dictionary per question.
private struct ClassCounts {
    private var yes = 0, no = 0, later = 0

    mutating func count(_ cls: String) {
        switch cls {
        case "yes": yes += 1
        case "no": no += 1
        default: later += 1
        }
    }

    /// The count of a class, nil when no answer has it.
    subscript(_ cls: String) -> Int? {
        let n =
            switch cls {
            case "yes": yes
            case "no": no
            default: later
            }
        return n == 0 ? nil : n
    }
}

/// The labels of an ask's answers seen so far. An ask has a handful, so a short list scanned in
/// place beats a dictionary; past `listLimit` (an oversized ask, reported elsewhere) a dictionary
/// keeps the check linear. Labels and spans are two arrays, not one of pairs: an array of tuples
/// is destroyed through the runtime's generic tuple witness, element by element (with its
/// growth, about 1% of `check`).
private struct AnswerLabels {
    private static let listLimit = 16
    private var labels: [String] = []
    private var spans: [Span] = []
    private var index: [String: Span]?

    /// Room for the answers of one ask, so the lists never grow.
    init(capacity: Int) {
        labels.reserveCapacity(min(capacity, Self.listLimit + 1))
        spans.reserveCapacity(min(capacity, Self.listLimit + 1))
    }

    /// Records `label`; the span of its first occurrence when it was seen before.
    mutating func insert(_ label: String, _ span: Span) -> Span? {
        if index != nil {
            if let first = index?[label] { return first }
            index?[label] = span
            return nil
        }
        if let first = labels.firstIndex(of: label) { return spans[first] }
        labels.append(label)
        spans.append(span)
        if labels.count > Self.listLimit {
            index = Dictionary(zip(labels, spans), uniquingKeysWith: { first, _ in first })
        }
        return nil
    }
}
