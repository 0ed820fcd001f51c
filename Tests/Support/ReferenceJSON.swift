import CallscriptMachine
import Foundation

/// Foundation's `JSONEncoder` with sorted keys: an independent writer that tests hold the
/// hand-written `CanonicalJSON` to, byte for byte. Never used by the product.
public enum ReferenceJSON {
    /// Compact, sorted, slashes unescaped: what the digest is defined over.
    public static func compact(_ machine: Machine) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(machine)
    }

    /// Indented the way machine files are written.
    public static func pretty(_ machine: Machine) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(machine)
    }

    /// SHA-256 of the compact JSON with `digest` emptied.
    public static func digest(_ machine: Machine) throws -> String {
        var copy = machine
        copy.digest = ""
        return SHA256.hex(try compact(copy))
    }
}
