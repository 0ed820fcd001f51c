import CallscriptMachine
import Foundation

/// What a person on the floor may do. Each role may do everything the one before it may.
public enum UserRole: String, Codable, Sendable, CaseIterable, Comparable {
    /// Starts calls and drives only their own.
    case agent
    /// Also sees every live call and reads the outcome feed.
    case supervisor
    /// Also looks up, exports and erases a person's data.
    case officer

    private var rank: Int {
        switch self {
        case .agent: 0
        case .supervisor: 1
        case .officer: 2
        }
    }

    public static func < (a: UserRole, b: UserRole) -> Bool { a.rank < b.rank }
}

/// A person who may log in. Only a hash of the token is kept: a stolen users file lets
/// nobody in.
public struct User: Codable, Sendable, Hashable {
    /// The login name, also the name the audit trail records (`jan`, `m.devries`).
    public var name: String
    public var role: UserRole
    /// SHA-256 of the token, hex.
    public var tokenHash: String
    /// When the token was issued, RFC 3339 UTC.
    public var created: String

    public init(name: String, role: UserRole, tokenHash: String, created: String) {
        self.name = name
        self.role = role
        self.tokenHash = tokenHash
        self.created = created
    }

    /// Letters, digits, `.`, `-`, `_`; 1 to 64 characters; starts with a letter or digit.
    public static func isValidName(_ name: String) -> Bool {
        guard let first = name.unicodeScalars.first, (1...64).contains(name.unicodeScalars.count) else { return false }
        func ok(_ c: Unicode.Scalar) -> Bool {
            (c >= "a" && c <= "z") || (c >= "A" && c <= "Z") || (c >= "0" && c <= "9") || c == "." || c == "-"
                || c == "_"
        }
        return ok(first) && first != "." && first != "-" && first != "_" && name.unicodeScalars.allSatisfy(ok)
    }
}

/// Tokens: 32 random bytes from the system's secure generator, shown once as `cs_` and 64 hex
/// digits.
public enum AccessToken {
    public static func issue() -> String {
        var generator = SystemRandomNumberGenerator()
        let bytes = (0..<32).map { _ in UInt8.random(in: 0...255, using: &generator) }
        return "cs_" + SHA256.hexString(bytes)
    }

    public static func hash(_ token: String) -> String { SHA256.hex(Array(token.utf8)) }

    /// Compares two hex digests in time independent of where they differ.
    public static func matches(_ a: String, _ b: String) -> Bool {
        let x = Array(a.utf8)
        let y = Array(b.utf8)
        guard x.count == y.count else { return false }
        var diff: UInt8 = 0
        for i in 0..<x.count { diff |= x[i] ^ y[i] }
        return diff == 0
    }
}
