/// A fast reader for the one shape the runtime writes to its registers: a flat JSON object whose
/// values are all strings. A million consents read this way take about a second instead of
/// ten with `JSONDecoder`. Anything else (a number, a nested value, a duplicate key, a
/// malformed escape) gives nil and the line goes to `JSONDecoder`, which decides: this reader
/// can only be faster, never more lenient.
enum FlatJSON {
    static func stringObject(_ bytes: ArraySlice<UInt8>) -> [String: String]? {
        var i = bytes.startIndex
        let end = bytes.endIndex
        func skipSpace() {
            while i < end, bytes[i] == 0x20 || bytes[i] == 0x09 || bytes[i] == 0x0A || bytes[i] == 0x0D { i += 1 }
        }
        func string() -> String? {
            guard i < end, bytes[i] == 0x22 else { return nil }
            i += 1
            var out: [UInt8] = []
            while i < end {
                let b = bytes[i]
                i += 1
                switch b {
                case 0x22: return String(validating: out, as: UTF8.self)
                case 0x5C:
                    guard i < end else { return nil }
                    let e = bytes[i]
                    i += 1
                    switch e {
                    case 0x22, 0x5C, 0x2F: out.append(e)
                    case 0x62: out.append(0x08)
                    case 0x66: out.append(0x0C)
                    case 0x6E: out.append(0x0A)
                    case 0x72: out.append(0x0D)
                    case 0x74: out.append(0x09)
                    case 0x75:
                        guard var scalar = hex4() else { return nil }
                        if (0xD800...0xDBFF).contains(scalar) {
                            guard i + 1 < end, bytes[i] == 0x5C, bytes[i + 1] == 0x75 else { return nil }
                            i += 2
                            guard let low = hex4(), (0xDC00...0xDFFF).contains(low) else { return nil }
                            scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                        } else if (0xDC00...0xDFFF).contains(scalar) {
                            return nil
                        }
                        guard let s = Unicode.Scalar(scalar) else { return nil }
                        out.append(contentsOf: Array(String(Character(s)).utf8))
                    default: return nil
                    }
                case 0x00..<0x20: return nil // a raw control character is not JSON
                default: out.append(b)
                }
            }
            return nil
        }
        func hex4() -> UInt32? {
            guard i + 4 <= end else { return nil }
            var value: UInt32 = 0
            for _ in 0..<4 {
                let c = bytes[i]
                i += 1
                switch c {
                case 0x30...0x39: value = value << 4 | UInt32(c - 0x30)
                case 0x41...0x46: value = value << 4 | UInt32(c - 0x37)
                case 0x61...0x66: value = value << 4 | UInt32(c - 0x57)
                default: return nil
                }
            }
            return value
        }

        skipSpace()
        guard i < end, bytes[i] == 0x7B else { return nil }
        i += 1
        var object: [String: String] = [:]
        skipSpace()
        if i < end, bytes[i] == 0x7D {
            i += 1
        } else {
            while true {
                skipSpace()
                guard let key = string() else { return nil }
                skipSpace()
                guard i < end, bytes[i] == 0x3A else { return nil }
                i += 1
                skipSpace()
                guard let value = string(), object.updateValue(value, forKey: key) == nil else { return nil }
                skipSpace()
                guard i < end else { return nil }
                if bytes[i] == 0x2C {
                    i += 1
                    continue
                }
                guard bytes[i] == 0x7D else { return nil }
                i += 1
                break
            }
        }
        skipSpace()
        return i == end ? object : nil
    }
}

/// A record that can be built from a flat string object (see `FlatJSON`); nil sends the line
/// to `JSONDecoder`.
protocol FlatRecord {
    init?(flat: [String: String])
}

extension ConsentRecord: FlatRecord {
    init?(flat f: [String: String]) {
        guard let person = f["person"], let phone = f["phone"], let company = f["company"],
            let purpose = f["purpose"], let time = f["time"], let script = f["script"], let agent = f["agent"],
            let status = f["status"].flatMap(Status.init(rawValue:))
        else { return nil }
        self.init(
            person: person, phone: phone, company: company, purpose: purpose, time: time, script: script, agent: agent,
            status: status, name: f["name"], subject: f["subject"], verifiedBy: f["verifiedBy"],
            verifiedAt: f["verifiedAt"], validUntil: f["validUntil"], source: f["source"])
    }
}
