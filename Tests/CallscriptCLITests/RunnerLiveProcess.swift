import CallscriptTestSupport
import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// `callscript run` as a live process the test types into, either through pipes or through a
/// pseudo-terminal (as an agent's terminal: single keys, screen redraws). Output is collected
/// by a reader thread; `waitFor` polls it until the text shows or the process is gone.
final class RunnerLiveProcess: @unchecked Sendable {
    let process = Process()
    private let input: Int32
    private let output: Int32
    private let lock = NSLock()
    private var collected = Data()
    private let done = DispatchSemaphore(value: 0)

    /// Starts the built binary with `args` in `folder`; `terminal` puts it on a pty.
    init(_ args: [String], in folder: URL, terminal: Bool, environment: [String: String] = [:]) throws {
        // On a terminal, util-linux `script` puts the runner on a pseudo-terminal and relays
        // our pipe to it, so the runner sees a real tty: single keys, echo, screen redraws.
        if terminal {
            process.executableURL = URL(fileURLWithPath: "/usr/bin/script")
            let command = ([BuiltBinary.url.path] + args).map {
                "'" + $0.replacingOccurrences(of: "'", with: "'\\''") + "'"
            }
            process.arguments = ["-qefc", command.joined(separator: " "), "/dev/null"]
        } else {
            process.executableURL = BuiltBinary.url
            process.arguments = args
        }
        process.currentDirectoryURL = folder
        var env = ProcessInfo.processInfo.environment
        env["NO_COLOR"] = nil
        env["TERM"] = terminal ? "xterm-256color" : "dumb"
        env["COLUMNS"] = "100"
        for (k, v) in environment { env[k] = v }
        process.environment = env
        let stdin = Pipe()
        let stdout = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = stdout
        try process.run()
        input = stdin.fileHandleForWriting.fileDescriptor
        output = stdout.fileHandleForReading.fileDescriptor
        // Keep the pipes alive as long as this object.
        pipes = [stdin, stdout]
        let fd = output
        Thread.detachNewThread { [self] in
            var buffer = [UInt8](repeating: 0, count: 4096)
            while true {
                let n = read(fd, &buffer, buffer.count)
                if n <= 0 { break }
                lock.lock()
                collected.append(contentsOf: buffer[0..<n])
                lock.unlock()
            }
            done.signal()
        }
    }

    private var pipes: [Pipe] = []

    /// Everything written so far, with colour codes removed.
    var text: String {
        lock.lock()
        defer { lock.unlock() }
        return RunnerLiveProcess.plain(String(decoding: collected, as: UTF8.self))
    }

    /// The current screen: the output after the last clear-screen.
    var screen: String {
        lock.lock()
        let raw = String(decoding: collected, as: UTF8.self)
        lock.unlock()
        let last = raw.components(separatedBy: "\u{1B}[2J").last ?? raw
        return RunnerLiveProcess.plain(last)
    }

    var raw: String {
        lock.lock()
        defer { lock.unlock() }
        return String(decoding: collected, as: UTF8.self)
    }

    static func plain(_ text: String) -> String {
        text.replacingOccurrences(of: "\u{1B}\\[[0-9;?]*[A-Za-z]", with: "", options: .regularExpression)
            .replacingOccurrences(of: "\r", with: "")
    }

    /// Types keys as a person would.
    func type(_ keys: String) {
        let bytes = Array(keys.utf8)
        _ = bytes.withUnsafeBytes { write(input, $0.baseAddress, $0.count) }
    }

    /// Waits until `needle` appears in the output (or the current screen), giving up after a
    /// generous bound so a broken runner fails the test instead of hanging it.
    @discardableResult
    func waitFor(_ needle: String, onScreen: Bool = false) -> Bool {
        for _ in 0..<1500 {
            if (onScreen ? screen : text).contains(needle) { return true }
            if !process.isRunning, (onScreen ? screen : text).contains(needle) == false {
                Thread.sleep(forTimeInterval: 0.05)
                return (onScreen ? screen : text).contains(needle)
            }
            Thread.sleep(forTimeInterval: 0.01)
        }
        return false
    }

    /// Kills the runner without warning, as a power cut or `kill -9` would.
    func kill() {
        Glibc.kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
    }

    /// Waits for the process to exit and returns its status.
    func wait() -> Int32 {
        process.waitUntilExit()
        _ = done.wait(timeout: .now() + 5)
        return process.terminationStatus
    }
}
