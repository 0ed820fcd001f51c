import Foundation

/// The one script that `compile`, `graph` and `paths` work on.
enum ScriptArgument {
    /// The single positional argument, or a usage error naming the command.
    static func one(_ args: Arguments, command: String) throws(UsageError) -> String {
        guard args.positionals.count == 1, let path = args.positionals.first else {
            throw UsageError(message: "\(command) takes exactly one script")
        }
        return path
    }

    /// Nil when `path` is a file; otherwise the message to show (exit status 2).
    /// `folderMessage` ends "`path` is a folder; ..." in the command's own words.
    static func problem(with path: String, folderMessage: String) -> String? {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
            return "no such file: \(path)"
        }
        return isFolder.boolValue ? "\(path) is a folder; \(folderMessage)" : nil
    }
}
