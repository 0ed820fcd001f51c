import CallscriptMachine

/// `audit show`: the log as a transcript people can read, one line per entry, grouped by call.
public enum AuditTranscript {
    /// The transcript of every call in the log, or only of `session`.
    public static func render(_ contents: AuditContents, session: String? = nil) -> String {
        var out: [String] = []
        var current: String?
        for entry in contents.entries {
            guard let p = entry.payload else { continue }
            if let session, p.session != session { continue }
            if p.session != current {
                current = p.session
                if !out.isEmpty { out.append("") }
                // Checkpoints and erasures belong to the trail, not to a call.
                out.append(
                    p.session.isEmpty
                        ? "trail"
                        : "call \(p.session) · contact \(p.contact) · agent \(p.agent) · script \(p.script.prefix(12))")
            }
            out.append("  #\(entry.seq) \(p.time)  \(describe(p))")
        }
        if contents.truncated { out.append("  (last entry cut off: the runner stopped while writing it)") }
        return out.joined(separator: "\n") + (out.isEmpty ? "" : "\n")
    }

    static func describe(_ p: AuditPayload) -> String {
        if p.redacted == true { return "[\(p.kind) redacted: \(p.reason ?? "erasure")]" }
        let state = p.state.map { "[\($0)] " } ?? ""
        switch p.kind {
        case "gate":
            let verdicts = (p.gates ?? []).map { "\($0.rule) \($0.passed ? "ok" : "REFUSED: \($0.reason)")" }
            return "gates \(p.allowed == true ? "passed" : "refused the call"): \(verdicts.joined(separator: "; "))"
        case "start": return "call started: \"\(p.scriptName ?? "")\" to \(p.phone ?? "?")"
        case "shown": return "\(state)\(p.role ?? "line"): \"\(p.text ?? "")\""
        case "continue": return "\(state)continued"
        case "answer": return "\(state)answer \"\(p.answer ?? "")\"\(p.answerClass.map { " (\($0))" } ?? "")"
        case "capture": return "\(state)\(p.field ?? "value") = \(p.value ?? "")"
        case "capture-refused": return "\(state)\(p.field ?? "value") refused: \(p.reason ?? "")"
        case "event":
            return
                "event \(p.event ?? "?")\(p.handled == false ? " (no handler)" : "")\(p.state.map { " during \($0)" } ?? "")"
                + (p.event == CallEvent.sourceQuestion.rawValue ? p.text.map { "; source shown: \($0)" } ?? "" : "")
        case "objection-recorded": return "objection recorded for \(p.phone ?? "?")"
        case "consent-recorded": return "\(state)consent recorded for '\(p.purpose ?? "")'"
        case "callback-planned": return "\(state)callback planned at \(p.callbackAt ?? "(no time captured)")"
        case "outcome": return "outcome: \(p.outcome ?? "?")\(p.state.map { " at \($0)" } ?? "")"
        case "resume": return "call resumed\(p.reason.map { ": \($0)" } ?? "")"
        case "checkpoint": return "checkpoint by \(p.agent): seals entries 1–\(p.count ?? 0)"
        case "erasure":
            let who = p.contact.isEmpty ? "" : " of contact \(p.contact)"
            return "erasure\(who) by \(p.agent): \(p.erased?.count ?? 0) entries (\(p.reason ?? ""))"
        default: return "\(p.kind)"
        }
    }
}
