import CallscriptIO
import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The agent's real terminal. On a terminal, line and question screens read single keys
/// (no Enter needed after a digit or an event key) and capture screens read an edited line;
/// the screen is redrawn in place. When standard input is not a terminal, every key is a
/// line, so the runner can be driven through a pipe.
public struct TerminalConsole: AgentTerminal {
    public let isTerminal: Bool
    private let saved: termios?

    public init() {
        isTerminal = isatty(0) == 1 && isatty(1) == 1
        var t = termios()
        saved = isTerminal && tcgetattr(0, &t) == 0 ? t : nil
    }

    /// Columns for the screen: `COLUMNS` when set, else 80.
    public static var width: Int {
        Int(ProcessInfo.processInfo.environment["COLUMNS"] ?? "") ?? 80
    }

    public mutating func draw(_ screen: String, inputPrompt: String?) {
        let clear = isTerminal ? "\u{1B}[H\u{1B}[2J" : "\n"
        write(clear + screen + (inputPrompt ?? ""))
    }

    public mutating func readKey() -> String? {
        guard saved != nil else { return readBytesLine() }
        setCanonical(false)
        defer { setCanonical(true) }
        guard let first = readByte() else { return nil }
        if first == 0x0A || first == 0x0D { return "" }
        if first == 0x04 { return nil } // Ctrl-D
        if first == 0x1B {
            drainEscapeSequence()
            return "\u{1B}"
        }
        var bytes = [first]
        let extra = first >= 0xF0 ? 3 : first >= 0xE0 ? 2 : first >= 0xC0 ? 1 : 0
        for _ in 0..<extra {
            guard let b = readByte() else { break }
            bytes.append(b)
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    public mutating func readLine() -> String? {
        if saved != nil { setCanonical(true) }
        return readBytesLine()
    }

    /// Puts the terminal back as it was (call before exiting).
    public func restore() {
        guard var t = saved else { return }
        tcsetattr(0, TCSANOW, &t)
    }

    /// Writes text to standard output at once. A terminal that cannot be written is not a
    /// reason to stop the call: what the agent confirms is still recorded.
    public func write(_ text: String) { try? StandardStream.write(text, to: StandardStream.output) }

    private func setCanonical(_ on: Bool) {
        guard var t = saved else { return }
        if !on {
            t.c_lflag &= ~tcflag_t(ICANON | ECHO)
            withUnsafeMutableBytes(of: &t.c_cc) { cc in
                cc[Int(VMIN)] = 1
                cc[Int(VTIME)] = 0
            }
        }
        tcsetattr(0, TCSANOW, &t)
    }

    private func readByte() -> UInt8? {
        var byte: UInt8 = 0
        while true {
            let n = Glibc.read(0, &byte, 1)
            if n == 1 { return byte }
            if n < 0, errno == EINTR { continue }
            return nil
        }
    }

    /// Arrow and function keys send `ESC [ A`, `ESC O P`...: swallow the rest so they do nothing.
    private func drainEscapeSequence() {
        var fds = pollfd(fd: 0, events: Int16(POLLIN), revents: 0)
        while poll(&fds, 1, 30) > 0, readByte() != nil {}
    }

    /// Reads up to a newline with `read(2)`, never through stdio buffers, so key and line
    /// reads can alternate on one descriptor.
    private func readBytesLine() -> String? {
        var bytes: [UInt8] = []
        while let b = readByte() {
            if b == 0x0A {
                return String(decoding: bytes, as: UTF8.self).trimmingCharacters(in: CharacterSet(charactersIn: "\r"))
            }
            bytes.append(b)
        }
        return bytes.isEmpty ? nil : String(decoding: bytes, as: UTF8.self)
    }
}
