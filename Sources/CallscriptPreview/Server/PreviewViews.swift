import CallscriptCalltest
import CallscriptDiagnostics
import CallscriptGraph
import CallscriptMachine
import CallscriptRuntime

/// The JSON the page reads. One struct per answer; field names are the page's contract
/// (Docs/preview.md).
enum PreviewViews {
    struct ScriptList: Encodable {
        var folder: String
        var scripts: [String]
    }

    struct ScriptView: Encodable {
        var script: String
        var name: String?
        var version: String
        var errors: Int
        var warnings: Int
        var diagnostics: [DiagnosticView]
        /// True when the step function can run it (proven, no errors).
        var runnable: Bool
        var contactFields: [FieldView]
        var handlers: [String]
        var events: [String]
        var breakingPath: String?
        var graph: GraphView
    }

    struct DiagnosticView: Encodable {
        var severity: String
        var code: String
        var message: String
        var location: String
        var text: String
    }

    struct FieldView: Encodable {
        var name: String
        var type: String
        var choices: [String]?
        var example: String
    }

    struct GraphView: Encodable {
        var format: String
        var body: String
        var note: String?
        var failed: Bool
    }

    struct WatchView: Encodable {
        var version: String
        var changed: Bool
    }

    struct RunView: Encodable {
        var version: String
        var log: [LogEntry]
        var prompt: PromptView
        var accepted: Int
        var dropped: DroppedView?
        /// The states shown so far, in order, for marking the graph.
        var visited: [String]
    }

    struct DroppedView: Encodable {
        var index: Int
        var reason: String
    }

    struct LogEntry: Encodable {
        /// `shown`, `answered`, `captured`, `refused`, `event`, `record`, `ended`.
        var kind: String
        var state: String?
        var role: String?
        var text: String
        /// The input (0-based) that caused it; nil for the call's start.
        var input: Int?
    }

    struct PromptView: Encodable {
        /// `line`, `question`, `capture` or `ended`.
        var kind: String
        var state: String?
        var role: String?
        var text: String?
        var answers: [AnswerView]?
        var field: String?
        var type: String?
        var choices: [String]?
        var outcome: String?
        var callbackAt: String?
    }

    struct AnswerView: Encodable {
        var index: Int
        var label: String
        var answerClass: String?
    }

    struct CalltestView: Encodable {
        var text: String
        /// Where it was written, relative to the workspace folder; nil when only shown.
        var saved: String?
        /// `callscript test` on the text: every test passed.
        var passed: Bool
        var report: String
    }

    static func script(_ preview: ScriptPreview, dot: String?) -> ScriptView {
        let rendered = preview.rendered()
        let diagnostics = zip(preview.diagnostics, rendered).map { d, text in
            DiagnosticView(
                severity: d.severity.rawValue, code: d.code, message: d.message,
                location: d.range.hasPosition
                    ? "\(d.range.file):\(d.range.start.line):\(d.range.start.column)" : d.range.file,
                text: text)
        }
        let machine = preview.result.machine
        let graph: GraphView
        if let machine {
            let picture = GraphPicture.draw(FlowGraph(machine: machine, highlighting: preview.breakingPath), dot: dot)
            graph = GraphView(
                format: picture.format.rawValue, body: picture.body, note: picture.note, failed: picture.failed)
        } else {
            graph = GraphView(format: "none", body: "", note: "no state machine was produced", failed: false)
        }
        let fields = (machine?.fields ?? []).filter { $0.origin == .contact }.map { f in
            FieldView(name: f.name, type: f.type.kind.rawValue, choices: f.type.choices, example: example(f))
        }
        return ScriptView(
            script: preview.script, name: machine?.script.name, version: preview.version.digest,
            errors: preview.diagnostics.filter { $0.severity == .error }.count,
            warnings: preview.diagnostics.filter { $0.severity == .warning }.count, diagnostics: diagnostics,
            runnable: preview.loaded != nil, contactFields: fields,
            handlers: (machine?.handlers ?? []).map(\.event), events: CallEvent.allCases.map(\.rawValue),
            breakingPath: preview.breakingPath?.summary, graph: graph)
    }

    /// A value the contact field accepts, to start the form with.
    static func example(_ field: Field) -> String {
        switch field.type.kind {
        case .text: "Jan"
        case .number: "1"
        case .yesno: "nee"
        case .date: "2026-01-15"
        case .datetime: "2026-12-01T10:00"
        case .email: "jan@voorbeeld.nl"
        case .phone: "+31 6 1234 5678"
        case .choice: field.type.choices?.first ?? ""
        }
    }

    static func run(_ call: PracticeCall, version: String) -> RunView {
        var log: [LogEntry] = []
        append(call.start.effects, input: nil, to: &log)
        var input = 0
        for entry in call.entries {
            if let refusal = entry.refusal, case .capture(let value) = entry.input {
                log.append(LogEntry(kind: "refused", text: "\(value): \(refusal.description)", input: input))
            } else {
                append(entry.effects, input: input, to: &log)
            }
            input += 1
        }
        let visited = log.filter { $0.kind == "shown" }.compactMap(\.state)
        return RunView(
            version: version, log: log, prompt: prompt(call.prompt, call.context), accepted: call.entries.count,
            dropped: call.dropped.map { DroppedView(index: $0.index, reason: $0.reason) }, visited: visited)
    }

    private static func append(_ effects: [Effect], input: Int?, to log: inout [LogEntry]) {
        for effect in effects {
            switch effect {
            case .shown(let id, let role, let text):
                log.append(LogEntry(kind: "shown", state: id, role: role.rawValue, text: text, input: input))
            case .answered(let id, _, let label, _):
                log.append(LogEntry(kind: "answered", state: id, text: label, input: input))
            case .captured(let id, let field, let value):
                log.append(LogEntry(kind: "captured", state: id, text: "\(field) = \(value)", input: input))
            case .event(let event, let handled, let during):
                log.append(
                    LogEntry(
                        kind: "event", state: during, text: event.rawValue + (handled ? "" : " (no handler)"),
                        input: input))
            case .recordObjection:
                log.append(LogEntry(kind: "record", text: "objection", input: input))
            case .recordConsent(_, let purpose):
                log.append(LogEntry(kind: "record", text: "consent \"\(purpose)\"", input: input))
            case .planCallback(_, let at):
                log.append(LogEntry(kind: "record", text: "callback \(at?.description ?? "")", input: input))
            case .ended(let outcome):
                log.append(LogEntry(kind: "ended", state: outcome.state, text: outcome.kind.rawValue, input: input))
            case .continued, .branched: continue
            }
        }
    }

    static func prompt(_ prompt: Prompt, _ context: CallContext) -> PromptView {
        switch prompt {
        case .line(let id, let role, let text):
            return PromptView(kind: "line", state: id, role: role.rawValue, text: text)
        case .question(let id, let role, let text, let answers):
            return PromptView(
                kind: "question", state: id, role: role.rawValue, text: text,
                answers: answers.map {
                    AnswerView(index: $0.index, label: $0.label, answerClass: $0.answerClass?.rawValue)
                })
        case .capture(let id, let field, let type, let text):
            return PromptView(
                kind: "capture", state: id, role: Role.capture.rawValue, text: text, field: field,
                type: type.kind.rawValue, choices: type.choices)
        case .ended(let outcome):
            return PromptView(
                kind: "ended", state: outcome.state, outcome: outcome.kind.rawValue,
                callbackAt: outcome.callbackAt?.description)
        }
    }
}
