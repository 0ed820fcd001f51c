import Foundation

/// `file://` URIs to paths and back. A URI the editor sent is never rebuilt: the workspace
/// keeps it and echoes it (editors compare URIs as strings, so `%28` must stay `%28`). Only
/// files the editor never named get a URI made here.
public enum DocumentURI {
    /// The file path of a `file://` URI, percent-decoded; nil for other schemes. Lenient:
    /// a client that leaves a space or a bracket unencoded still names its file.
    public static func path(_ uri: String) -> String? {
        guard uri.lowercased().hasPrefix("file://") else { return nil }
        var rest = Substring(uri.dropFirst(7))
        // `file://localhost/x` and `file:///x` name the same file.
        if !rest.hasPrefix("/") {
            guard let slash = rest.firstIndex(of: "/") else { return nil }
            rest = rest[slash...]
        }
        let decoded = String(rest).removingPercentEncoding ?? String(rest)
        return URL(fileURLWithPath: decoded).standardizedFileURL.path
    }

    /// A `file://` URI for a path, encoding everything except unreserved characters and `/`,
    /// as VS Code and Python's `pathlib` do.
    public static func uri(_ path: String) -> String {
        var out = "file://"
        for byte in path.utf8 {
            let c = Character(Unicode.Scalar(byte))
            if byte < 0x80 && (c.isLetter || c.isNumber || "-._~/".contains(c)) {
                out.append(c)
            } else {
                out += "%" + String(byte, radix: 16, uppercase: true).leftPadded(to: 2)
            }
        }
        return out
    }
}

extension String {
    fileprivate func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}
