import CallscriptMachine

/// How a role looks in a graph. Roles that compliance rules talk about get their own colour,
/// so a reviewer sees at a glance where the identification, the convenient-time question, the
/// pitch and the opt-out notice are.
public enum RoleStyle: String, CaseIterable, Hashable, Sendable {
    case identify
    case convenient
    case pitch
    case optout
    case consent
    case objection
    case disclose
    case branch
    case terminal
    case other

    /// The style of a role.
    public init(_ role: Role) {
        switch role {
        case .identify: self = .identify
        case .askConvenient: self = .convenient
        case .pitch: self = .pitch
        case .optout, .transferOptout, .askOptout: self = .optout
        case .askConsent: self = .consent
        case .recordObjection: self = .objection
        case .disclose: self = .disclose
        case .branch: self = .branch
        case .end, .hangup, .callback: self = .terminal
        case .say, .capture, .ask, .askSale: self = .other
        }
    }

    /// What the legend says.
    public var legend: String {
        switch self {
        case .identify: "identify"
        case .convenient: "convenient question"
        case .pitch: "pitch"
        case .optout: "opt-out notice / transfer optout"
        case .consent: "consent question"
        case .objection: "record objection"
        case .disclose: "disclosure"
        case .branch: "if / else"
        case .terminal: "end of call"
        case .other: "say, capture, ask"
        }
    }

    public var fill: String {
        switch self {
        case .identify: "#a5d8ff"
        case .convenient: "#ffec99"
        case .pitch: "#ffc078"
        case .optout: "#8ce99a"
        case .consent: "#d0bfff"
        case .objection: "#fcc2d7"
        case .disclose: "#96f2d7"
        case .branch: "#e9ecef"
        case .terminal: "#ced4da"
        case .other: "#ffffff"
        }
    }

    public var stroke: String {
        switch self {
        case .identify: "#1971c2"
        case .convenient: "#e67700"
        case .pitch: "#d9480f"
        case .optout: "#2b8a3e"
        case .consent: "#6741d9"
        case .objection: "#c2255c"
        case .disclose: "#0c8599"
        case .branch, .terminal, .other: "#495057"
        }
    }

    /// Colour of the highlighted counterexample path.
    public static let pathColor = "#e03131"
}
