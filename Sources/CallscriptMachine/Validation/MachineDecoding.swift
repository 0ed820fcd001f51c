import CallscriptDiagnostics
import Foundation

/// Turns machine JSON into a `Machine`, checking the file's format and version first so a
/// machine from a newer compiler gets a version error rather than a confusing shape error.
public enum MachineDecoding {
    /// The decoded machine, or the diagnostics that explain why the bytes are not one.
    /// `file` is the path shown in diagnostics.
    public static func decode(_ data: Data, file: String) -> Result<Machine, MachineErrors> {
        decoded(data, file: file, digest: false).map(\.machine)
    }

    /// The machine and the digest its bytes have as they are: SHA-256 of the file with white
    /// space outside strings dropped and the `digest` entry emptied. For a file laid out as
    /// `callscript compile` writes it (compact or indented canonical JSON) that is exactly
    /// `CanonicalJSON.digest` of the machine, found without writing the machine again; for any
    /// other layout it differs, and the loader then computes the digest the long way. Equal to
    /// the recorded digest only if the bytes are those the compiler hashed. Nil when it cannot
    /// be used (the reader's `digest` is not the string the hasher emptied).
    public static func decodeForLoading(_ data: Data, file: String) -> Result<
        (machine: Machine, layoutDigest: String?), MachineErrors
    > {
        decoded(
            data.count <= MachineLimits.maximumBytes ? [UInt8](data) : nil, size: data.count, file: file, digest: true)
    }

    /// The same for the file's bytes as read (the loader's path: no copy into `Data` and back).
    public static func decodeForLoading(_ bytes: [UInt8], file: String) -> Result<
        (machine: Machine, layoutDigest: String?), MachineErrors
    > {
        decodeForLoading(bytes, file: file) { machine, layoutDigest in (machine: machine, layoutDigest: layoutDigest())
        }
    }

    /// The same, with `then` called on the decoded machine while the layout digest is still
    /// being hashed on another core: `then` checks the machine (validation, proof) and calls
    /// `layoutDigest` only when it needs the digest, which waits for the hasher. The hasher
    /// is always done before this returns, so it never outlives the bytes.
    public static func decodeForLoading<T, E: Error>(
        _ bytes: [UInt8], file: String,
        then body: (_ machine: Machine, _ layoutDigest: () -> String?) throws(E) -> T
    ) throws(E) -> Result<T, MachineErrors> {
        guard bytes.count <= MachineLimits.maximumBytes else { return .failure(tooLarge(bytes.count, file: file)) }
        return try Self.utf8(bytes).withUnsafeBufferPointer { bytes throws(E) in
            try read(bytes, file: file, digest: true, then: body)
        }
    }

    private static func decoded(_ data: Data, file: String, digest: Bool) -> Result<
        (machine: Machine, layoutDigest: String?), MachineErrors
    > {
        decoded(
            data.count <= MachineLimits.maximumBytes ? [UInt8](data) : nil, size: data.count, file: file, digest: digest
        )
    }

    /// `bytes` is nil when the file is over the limit (so it was not copied).
    private static func decoded(_ bytes: [UInt8]?, size: Int, file: String, digest: Bool) -> Result<
        (machine: Machine, layoutDigest: String?), MachineErrors
    > {
        guard let bytes else { return .failure(tooLarge(size, file: file)) }
        return Self.utf8(bytes).withUnsafeBufferPointer { bytes in
            read(bytes, file: file, digest: digest) { machine, layoutDigest in
                (machine: machine, layoutDigest: layoutDigest())
            }
        }
    }

    private static func tooLarge(_ size: Int, file: String) -> MachineErrors {
        MachineErrors([
            Diagnostic(
                .machineTooLarge,
                "machine file is \(size / 1_048_576) MiB, more than the limit of \(MachineLimits.maximumBytes / 1_048_576) MiB",
                at: .wholeFile(file), help: "split the campaign into several scripts")
        ])
    }

    /// The three passes over the bytes: syntax, envelope, content. Each problem is placed at
    /// the line and column of the value it is about. `body` gets the machine and the layout
    /// digest's wait (nil without `digest`).
    private static func read<T, E: Error>(
        _ bytes: UnsafeBufferPointer<UInt8>, file: String, digest: Bool,
        then body: (Machine, () -> String?) throws(E) -> T
    ) throws(E) -> Result<T, MachineErrors> {
        let whole = SourceRange.wholeFile(file)
        // The layout digest is hashed on another core from the start, while the syntax pass,
        // the reader and `body` (validation, proof) run here; the deferred wait keeps `bytes`
        // alive until it is done. Its result is used only for bytes the syntax pass accepts.
        let hashing = digest ? LayoutDigestTask(bytes) : nil
        defer { hashing?.finish() }
        if let failure = JSONSyntax.check(bytes) {
            return .failure(
                MachineErrors([
                    Diagnostic(
                        .machineNotJSON, "machine file is not valid JSON",
                        at: at(failure.offset, in: bytes, file: file),
                        notes: ["machine JSON cannot be read: \(failure.reason)"],
                        help: "recompile the script with `callscript compile`")
                ]))
        }
        var cursor = JSONCursor(bytes)
        guard cursor.peek() == UInt8(ascii: "{") else {
            return .failure(MachineErrors([Refusal.notAnObject.diagnostic(at: whole)]))
        }
        let decoded: Machine
        let digestOffset: Int?
        do throws(JSONReadError) {
            let (format, version, machine, offset) = try MachineReader.machine(&cursor)
            guard format == "callscript-machine" else {
                return .failure(MachineErrors([Refusal.wrongFormat.diagnostic(at: whole)]))
            }
            guard let version else { return .failure(MachineErrors([Refusal.noVersion.diagnostic(at: whole)])) }
            // Version 1 is a machine without translations, written before and after them alike.
            guard (Machine.untranslatedFormatVersion...Machine.currentFormatVersion).contains(version) else {
                return .failure(MachineErrors([Refusal.version(version).diagnostic(at: whole)]))
            }
            decoded = try machine.get()
            digestOffset = offset
        } catch {
            return .failure(MachineErrors([diagnostic(error, in: bytes, file: file)]))
        }
        // The shortcut counts only when the hasher emptied the very string the reader took
        // the digest from; otherwise the loader computes the digest the long way.
        return .success(
            try body(decoded) {
                guard let layout = hashing?.wait(), let at = layout.digestAt, at == digestOffset else { return nil }
                return layout.hex
            })
    }

    /// A reading problem as the diagnostic `JSONDecoder`'s error used to give, now with a position.
    private static func diagnostic(_ error: JSONReadError, in bytes: UnsafeBufferPointer<UInt8>, file: String)
        -> Diagnostic
    {
        let range = at(error.offset, in: bytes, file: file)
        let entry = error.pathText
        let message: String
        switch error.kind {
        case .brokenKey where error.path.isEmpty:
            return Refusal.notAnObject.diagnostic(at: range)
        case .brokenKey(let why):
            return Diagnostic(
                .machineNotJSON, "machine file is not valid JSON", at: range,
                notes: ["machine JSON cannot be read: \(why) (in entry '\(entry)')"],
                help: "recompile the script with `callscript compile`")
        case .notJSON(let why):
            return Diagnostic(
                .machineNotJSON, "machine file is not valid JSON", at: range,
                notes: ["machine JSON cannot be read: \(why) (in entry '\(entry)')"],
                help: "recompile the script with `callscript compile`")
        case .missing: message = "machine entry '\(entry)' is missing"
        case .null(let expected): message = "machine entry '\(entry)' is null (expected \(expected))"
        case .wrongType(let expected): message = "machine entry '\(entry)' has the wrong type (expected \(expected))"
        case .invalid(let why): message = "machine entry '\(entry)' has an invalid value (\(why))"
        }
        return Diagnostic(
            .machineWrongShape, message, at: range,
            help: "the file was changed by hand or damaged; recompile the script with `callscript compile`")
    }

    /// The line and column (in Unicode scalars) of a byte offset; computed only for errors.
    static func at(_ offset: Int, in bytes: UnsafeBufferPointer<UInt8>, file: String) -> SourceRange {
        var line = 1
        var column = 1
        for b in bytes.prefix(offset) {
            if b == 0x0A {
                line += 1
                column = 1
            } else if b & 0xC0 != 0x80 {
                column += 1
            }
        }
        let point = SourceLocation(offset: offset, line: line, column: column)
        return SourceRange(file: file, start: point, end: point)
    }

    /// The bytes as UTF-8 without a byte-order mark. Like `JSONDecoder`, UTF-16 and UTF-32
    /// (with a mark, or told by their zero bytes) are accepted and converted first.
    static func utf8(_ data: [UInt8]) -> [UInt8] {
        let b = Array(data.prefix(4))
        if b.starts(with: [0xEF, 0xBB, 0xBF]) { return Array(data.dropFirst(3)) }
        let encoding: String.Encoding
        var mark = 0
        if b.starts(with: [0, 0, 0xFE, 0xFF]) || (b.count == 4 && b[0] == 0 && b[1] == 0 && b[2] == 0) {
            (encoding, mark) = (.utf32BigEndian, b.starts(with: [0, 0, 0xFE, 0xFF]) ? 4 : 0)
        } else if b.starts(with: [0xFF, 0xFE, 0, 0]) || (b.count == 4 && b[1] == 0 && b[2] == 0 && b[3] == 0) {
            (encoding, mark) = (.utf32LittleEndian, b.starts(with: [0xFF, 0xFE, 0, 0]) ? 4 : 0)
        } else if b.starts(with: [0xFE, 0xFF]) || (b.count >= 2 && b[0] == 0 && b[1] != 0) {
            (encoding, mark) = (.utf16BigEndian, b.starts(with: [0xFE, 0xFF]) ? 2 : 0)
        } else if b.starts(with: [0xFF, 0xFE]) || (b.count >= 2 && b[0] != 0 && b[1] == 0) {
            (encoding, mark) = (.utf16LittleEndian, b.starts(with: [0xFF, 0xFE]) ? 2 : 0)
        } else {
            return data
        }
        // Not convertible: handed on as it is, so the syntax pass says where it breaks.
        guard let text = String(data: Data(data.dropFirst(mark)), encoding: encoding) else { return data }
        return Array(text.utf8)
    }

    /// Why the envelope refused the file before its content was read.
    private enum Refusal: Error {
        case notAnObject
        case wrongFormat
        case noVersion
        case version(Int)

        func diagnostic(at whole: SourceRange) -> Diagnostic {
            switch self {
            case .notAnObject:
                return Diagnostic(
                    .machineWrongFormat, "machine file does not hold a JSON object", at: whole,
                    help: "pass the `.machine.json` file written by `callscript compile`")
            case .wrongFormat:
                return Diagnostic(
                    .machineWrongFormat,
                    "file is not a callscript machine (its 'format' is not 'callscript-machine')",
                    at: whole, help: "pass the `.machine.json` file written by `callscript compile`")
            case .noVersion:
                return Diagnostic(
                    .machineWrongShape, "machine entry 'formatVersion' is missing or not a whole number", at: whole,
                    help: "recompile the script with `callscript compile`")
            case .version(let version):
                let newer = version > Machine.currentFormatVersion
                return Diagnostic(
                    .machineUnsupportedVersion,
                    "machine format version \(version) is not supported (this runner reads versions \(Machine.untranslatedFormatVersion) to \(Machine.currentFormatVersion))",
                    at: whole,
                    help: newer
                        ? "update the runner to the compiler's version"
                        : "recompile the script with this version of callscript")
            }
        }
    }
}

/// Diagnostics explaining why a machine cannot be used; thrown or returned by the loaders.
public struct MachineErrors: Error, Sendable, CustomStringConvertible {
    public var diagnostics: [Diagnostic]

    public init(_ diagnostics: [Diagnostic]) { self.diagnostics = diagnostics }

    /// `file:line:col: error: message [CODE]` lines, one per diagnostic.
    public var description: String {
        diagnostics.map { d in
            var line =
                "\(d.range.file):\(d.range.start.line):\(d.range.start.column): \(d.severity.rawValue): \(d.message) [\(d.code)]"
            for note in d.notes { line += "\n  = note: \(note)" }
            if let help = d.help { line += "\n  = help: \(help)" }
            return line
        }.joined(separator: "\n")
    }
}
