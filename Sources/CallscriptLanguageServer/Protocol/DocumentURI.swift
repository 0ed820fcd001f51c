import Foundation

/// `file://` URIs to paths and back. A URI the editor sent is never rebuilt: the workspace
/// keeps it and echoes it (editors compare URIs as strings, so `%28` must stay `%28`). Only
/// files the editor never named get a URI made here.
public enum DocumentURI {
    /// The file path of a `file://` URI, percent-decoded; nil for other schemes.
    public static func path(_ uri: String) -> String? {
        guard let url = URL(string: uri), url.isFileURL else { return nil }
        return url.standardizedFileURL.path
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
