/// The chunked transfer coding (RFC 9112 section 7.1), decoded from a buffer that may not hold
/// the whole body yet. Extensions are skipped; trailer fields are read and dropped.
enum ChunkedBody {
    enum Result: Hashable {
        case incomplete
        case failed(HTTPError)
        /// The body and the index just past the final CRLF.
        case done([UInt8], end: Int)
    }

    static func decode(_ b: [UInt8], from start: Int, limit: Int) -> Result {
        var body: [UInt8] = []
        var i = start
        while true {
            guard let line = lineEnd(b, from: i) else {
                return b.count - i > 1024 ? .failed(HTTPError(400, "a chunk size line is too long")) : .incomplete
            }
            var sizeEnd = i
            while sizeEnd < line.content, RequestTarget.hex(b[sizeEnd]) != nil { sizeEnd += 1 }
            guard sizeEnd > i, sizeEnd - i <= 8 else {
                return .failed(HTTPError(400, "a chunk size is not a hex number"))
            }
            if sizeEnd < line.content, b[sizeEnd] != 0x3B, b[sizeEnd] != 0x20, b[sizeEnd] != 0x09 {
                return .failed(HTTPError(400, "a chunk size is not a hex number"))
            }
            var size = 0
            for k in i..<sizeEnd { size = size << 4 | Int(RequestTarget.hex(b[k]) ?? 0) }
            i = line.next
            if size == 0 {
                // Trailer fields, up to an empty line.
                while true {
                    guard let t = lineEnd(b, from: i) else {
                        return b.count - i > 8 * 1024
                            ? .failed(HTTPError(431, "the trailer fields are too long")) : .incomplete
                    }
                    let empty = t.content == i
                    i = t.next
                    if empty { return .done(body, end: i) }
                }
            }
            guard body.count + size <= limit else { return .failed(HTTPError(413, "the body exceeds \(limit) bytes")) }
            guard b.count >= i + size + 1 else { return .incomplete }
            body.append(contentsOf: b[i..<(i + size)])
            i += size
            if b[i] == 0x0D {
                guard b.count >= i + 2 else { return .incomplete }
                guard b[i + 1] == 0x0A else { return .failed(HTTPError(400, "a chunk does not end with CRLF")) }
                i += 2
            } else if b[i] == 0x0A {
                i += 1
            } else {
                return .failed(HTTPError(400, "a chunk is longer than its size says"))
            }
        }
    }

    /// The end of the line starting at `from`: where its content ends (before CR LF) and where
    /// the next line starts.
    private static func lineEnd(_ b: [UInt8], from: Int) -> (content: Int, next: Int)? {
        var i = from
        while i < b.count {
            if b[i] == 0x0A { return (i > from && b[i - 1] == 0x0D ? i - 1 : i, i + 1) }
            i += 1
        }
        return nil
    }
}
