/// The request target in origin form (`/v1/outcomes?after=12`), split and percent-decoded.
enum RequestTarget {
    /// Longest target accepted (414 beyond); well under the header limit.
    static let maxLength = 8 * 1024

    static func parse(_ raw: ArraySlice<UInt8>) -> Result<(path: String, query: [HTTPRequest.QueryItem]), HTTPError> {
        guard raw.count <= maxLength else {
            return .failure(HTTPError(414, "the request target exceeds \(maxLength) bytes"))
        }
        guard raw.first == 0x2F else {
            return .failure(HTTPError(400, "the request target must be a path starting with '/'"))
        }
        guard raw.allSatisfy({ $0 > 0x20 && $0 < 0x7F }) else {
            return .failure(
                HTTPError(400, "the request target has spaces, control or non-ASCII bytes; percent-encode them"))
        }
        let pathBytes: ArraySlice<UInt8>
        var queryBytes: ArraySlice<UInt8> = []
        if let q = raw.firstIndex(of: 0x3F) {
            pathBytes = raw[raw.startIndex..<q]
            queryBytes = raw[(q + 1)...]
        } else {
            pathBytes = raw
        }
        if raw.contains(0x23) {
            return .failure(HTTPError(400, "a fragment ('#') is never sent in a request target"))
        }
        guard let path = decode(pathBytes, plusIsSpace: false) else {
            return .failure(HTTPError(400, "the path has an invalid percent-escape or is not UTF-8"))
        }
        if path.contains("\u{0}") { return .failure(HTTPError(400, "the path holds a NUL character")) }
        var items: [HTTPRequest.QueryItem] = []
        for pair in queryBytes.split(separator: 0x26) where !pair.isEmpty {
            let eq = pair.firstIndex(of: 0x3D)
            let nameBytes = eq.map { pair[pair.startIndex..<$0] } ?? pair
            let valueBytes = eq.map { pair[($0 + 1)...] } ?? []
            guard let name = decode(nameBytes, plusIsSpace: true), let value = decode(valueBytes, plusIsSpace: true)
            else {
                return .failure(HTTPError(400, "the query has an invalid percent-escape or is not UTF-8"))
            }
            items.append(HTTPRequest.QueryItem(name: name, value: value))
        }
        return .success((path, items))
    }

    /// Percent-decoding; nil on a broken escape or bytes that are not UTF-8.
    static func decode(_ bytes: ArraySlice<UInt8>, plusIsSpace: Bool) -> String? {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var i = bytes.startIndex
        while i < bytes.endIndex {
            let b = bytes[i]
            if b == 0x25 {
                guard i + 2 < bytes.endIndex, let hi = hex(bytes[i + 1]), let lo = hex(bytes[i + 2]) else { return nil }
                out.append(hi << 4 | lo)
                i += 3
            } else {
                out.append(plusIsSpace && b == 0x2B ? 0x20 : b)
                i += 1
            }
        }
        return String(validating: out, as: UTF8.self)
    }

    static func hex(_ b: UInt8) -> UInt8? {
        switch b {
        case 0x30...0x39: return b - 0x30
        case 0x41...0x46: return b - 0x41 + 10
        case 0x61...0x66: return b - 0x61 + 10
        default: return nil
        }
    }
}
