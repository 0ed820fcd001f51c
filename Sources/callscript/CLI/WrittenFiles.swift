import CallscriptIO
import CallscriptRuntime

/// Every file a command writes goes through here (`-o`, `--junit`, `--coverage-json`, `fmt`):
/// written through a symlink or device, replaced atomically when a regular file, and a failure
/// is an RT0502 error rather than a crash or a half-written file.
enum WrittenFiles {
    static func write(_ text: String, to path: String) throws(RuntimeError) {
        do { try OutputFile.write(text, to: path) } catch { throw .outputFile(error) }
    }

    static func write(_ bytes: [UInt8], to path: String) throws(RuntimeError) {
        do { try OutputFile.write(bytes, to: path) } catch { throw .outputFile(error) }
    }
}
