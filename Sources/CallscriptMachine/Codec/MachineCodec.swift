import Foundation

/// Reads and writes machines as JSON (format documented in `Docs/machine-format.md`).
///
/// Output is canonical: sorted keys, so the same machine always gives the same bytes and the
/// same digest.
public enum MachineCodec {
    /// Pretty, sorted JSON for files people may read and diff.
    public static func encode(_ machine: Machine) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(machine)
    }

    /// Decodes without validating the graph; use `MachineValidator` (the runtime's loader does)
    /// before trusting the result.
    public static func decode(_ data: Data) throws -> Machine {
        try JSONDecoder().decode(Machine.self, from: data)
    }

    /// SHA-256 of the compact canonical JSON with `digest` emptied.
    public static func computeDigest(_ machine: Machine) throws -> String {
        var copy = machine
        copy.digest = ""
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return SHA256.hex(try encoder.encode(copy))
    }

    /// The machine with its `digest` filled in.
    public static func sealed(_ machine: Machine) throws -> Machine {
        var copy = machine
        copy.digest = try computeDigest(machine)
        return copy
    }
}
