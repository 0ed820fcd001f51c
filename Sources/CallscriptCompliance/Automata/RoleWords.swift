import CallscriptMachine

extension Role {
    /// The statement as a designer writes it, for messages: `ask convenient`, `record objection`.
    public var keyword: String {
        switch self {
        case .say: "say"
        case .identify: "identify"
        case .pitch: "pitch"
        case .optout: "optout"
        case .disclose: "disclose"
        case .capture: "capture"
        case .recordObjection: "record objection"
        case .ask: "ask"
        case .askConvenient: "ask convenient"
        case .askConsent: "ask consent"
        case .branch: "if"
        case .end: "end"
        case .hangup: "hangup"
        case .callback: "callback at"
        case .transferOptout: "transfer optout"
        }
    }
}

extension MachineGraph {
    /// `'pitch'`, `'disclose goods'`: how a state's statement is named in a message.
    func statementName(_ q: Int) -> String {
        let s = state(q)
        if s.role == .disclose, let topic = s.topic { return "'disclose \(topic)'" }
        return "'\(s.role.keyword)'"
    }
}
