import CallscriptRuntime
import Foundation

/// The audit key a command was given: the file named by `option`, else by
/// `CALLSCRIPT_AUDIT_KEY`. `data` is the folder the key must not be inside.
func auditKey(_ args: Arguments, option: String, outside data: URL?, required: String? = nil)
    throws(RuntimeError) -> AuditKey?
{
    let environment = ProcessInfo.processInfo.environment[AuditKey.environmentVariable].flatMap {
        $0.isEmpty ? nil : $0
    }
    guard let path = args.value(option) ?? environment else {
        if let required {
            throw .auditKey(path: data?.path ?? "", problem: .notGiven(command: required, option: option))
        }
        return nil
    }
    return try AuditKey.load(path, outside: data)
}
