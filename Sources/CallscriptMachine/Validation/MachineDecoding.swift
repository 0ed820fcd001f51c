import CallscriptDiagnostics
import Foundation

/// Turns machine JSON into a `Machine`, checking the file's format and version first so a
/// machine from a newer compiler gets a version error rather than a confusing shape error.
public enum MachineDecoding {
    /// The decoded machine, or the diagnostics that explain why the bytes are not one.
    /// `file` is the path shown in diagnostics.
    public static func decode(_ data: Data, file: String) -> Result<Machine, MachineErrors> {
        let whole = SourceRange.wholeFile(file)
        guard data.count <= MachineLimits.maximumBytes else {
            return .failure(
                MachineErrors([
                    Diagnostic(
                        .machineTooLarge,
                        "machine file is \(data.count / 1_048_576) MiB, more than the limit of \(MachineLimits.maximumBytes / 1_048_576) MiB",
                        at: whole, help: "split the campaign into several scripts")
                ]))
        }
        do {
            return .success(try JSONDecoder().decode(Envelope.self, from: data).machine)
        } catch let refusal as Refusal {
            return .failure(MachineErrors([refusal.diagnostic(at: whole)]))
        } catch DecodingError.dataCorrupted(let context) where context.codingPath.isEmpty {
            // `JSONDecoder` only says the data is not JSON; the parser's own error says where it
            // breaks. Asked only on this failure path, so a good file is still parsed once.
            var note = "machine JSON cannot be read: \(context.debugDescription.lowercased())"
            do { _ = try JSONSerialization.jsonObject(with: data, options: []) } catch { note = describe(error) }
            return .failure(
                MachineErrors([
                    Diagnostic(
                        .machineNotJSON, "machine file is not valid JSON", at: whole, notes: [note],
                        help: "recompile the script with `callscript compile`")
                ]))
        } catch {
            return .failure(
                MachineErrors([
                    Diagnostic(
                        .machineWrongShape, describe(error), at: whole,
                        help: "the file was changed by hand or damaged; recompile the script with `callscript compile`")
                ]))
        }
    }

    /// The whole file, read in one pass: the format and version entries first, each leniently
    /// so a wrong type reads as absent, and the machine only when both are right. A machine
    /// from a newer compiler so gets a version error rather than a confusing shape error.
    private struct Envelope: Decodable {
        let machine: Machine

        enum Keys: String, CodingKey { case format, formatVersion }

        init(from decoder: any Decoder) throws {
            let c: KeyedDecodingContainer<Keys>
            do { c = try decoder.container(keyedBy: Keys.self) } catch { throw Refusal.notAnObject }
            guard (try? c.decode(String.self, forKey: .format)) == "callscript-machine" else {
                throw Refusal.wrongFormat
            }
            guard let version = try? c.decode(Int.self, forKey: .formatVersion) else { throw Refusal.noVersion }
            // Version 1 is a machine without translations, written before and after them alike.
            guard (Machine.untranslatedFormatVersion...Machine.currentFormatVersion).contains(version) else {
                throw Refusal.version(version)
            }
            machine = try Machine(from: decoder)
        }
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

    /// A one-phrase account of a decoding error naming the entry by its path (`states[2].role`).
    static func describe(_ error: any Error) -> String {
        guard let error = error as? DecodingError else {
            // Foundation's own text here is a generic "operation could not be completed"; the
            // parser's debug description says where the JSON breaks.
            let detail = (error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String
            let reason = detail.map { $0.lowercased().trimmingCharacters(in: CharacterSet(charactersIn: ".")) }
            return "machine JSON cannot be read: \(reason ?? "the file is cut off or is not JSON")"
        }
        switch error {
        case .typeMismatch(let type, let context):
            return "machine entry '\(path(context.codingPath))' has the wrong type (expected \(typeName(type)))"
        case .valueNotFound(let type, let context):
            return "machine entry '\(path(context.codingPath))' is null (expected \(typeName(type)))"
        case .keyNotFound(let key, let context):
            return "machine entry '\(path(context.codingPath + [key]))' is missing"
        case .dataCorrupted(let context):
            if context.codingPath.isEmpty { return "machine JSON is damaged: \(context.debugDescription)" }
            return "machine entry '\(path(context.codingPath))' has an invalid value (\(context.debugDescription))"
        @unknown default:
            return "machine JSON cannot be read"
        }
    }

    static func path(_ keys: [any CodingKey]) -> String {
        var out = ""
        for key in keys {
            if let index = key.intValue {
                out += "[\(index)]"
            } else {
                if !out.isEmpty { out += "." }
                out += key.stringValue
            }
        }
        return out.isEmpty ? "(top level)" : out
    }

    private static func typeName(_ type: Any.Type) -> String {
        switch type {
        case is String.Type: "text"
        case is Int.Type: "a whole number"
        case is Bool.Type: "true or false"
        default:
            String(describing: type).hasPrefix("Array") ? "a list" : "an object"
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
