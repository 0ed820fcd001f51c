extension CanonicalJSON {
    /// The machine as indented JSON for files people read and diff: the compact canonical bytes
    /// laid out the way Foundation's pretty printer lays them out (two spaces, `"key" : value`,
    /// an empty list as `[`, a blank line, `]`), so the file is the canonical JSON, only indented.
    public static func pretty(_ machine: Machine) -> [UInt8] {
        indented(bytes(machine))
    }

    /// Lays out compact JSON (no white space outside strings, as `bytes` writes it).
    static func indented(_ compact: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(compact.count * 2)
        var depth = 0
        var inString = false
        var escaped = false
        func newline() {
            out.append(UInt8(ascii: "\n"))
            out.append(contentsOf: repeatElement(UInt8(ascii: " "), count: depth * 2))
        }
        var i = 0
        while i < compact.count {
            let byte = compact[i]
            i += 1
            if inString {
                out.append(byte)
                if escaped {
                    escaped = false
                } else if byte == UInt8(ascii: "\\") {
                    escaped = true
                } else if byte == UInt8(ascii: "\"") {
                    inString = false
                }
                continue
            }
            switch byte {
            case UInt8(ascii: "\""):
                inString = true
                out.append(byte)
            case UInt8(ascii: "{"), UInt8(ascii: "["):
                out.append(byte)
                let empty = i < compact.count && (compact[i] == UInt8(ascii: "}") || compact[i] == UInt8(ascii: "]"))
                if empty {
                    out.append(UInt8(ascii: "\n"))
                    newline()
                    out.append(compact[i])
                    i += 1
                } else {
                    depth += 1
                    newline()
                }
            case UInt8(ascii: "}"), UInt8(ascii: "]"):
                depth -= 1
                newline()
                out.append(byte)
            case UInt8(ascii: ","):
                out.append(byte)
                newline()
            case UInt8(ascii: ":"):
                out.append(contentsOf: [UInt8(ascii: " "), UInt8(ascii: ":"), UInt8(ascii: " ")])
            default:
                out.append(byte)
            }
        }
        return out
    }
}
