/// The scanner behind `PhoneNumber`, on UTF-8 bytes so that a list of ten million lines is
/// read without making a `String` per line.
enum PhoneNumberParser {
    /// The longest input looked at; a longer one is no phone number however it is spaced.
    static let maximumCharacters = 100

    /// Countries whose numbers are written nationally with a trunk `0` that is never dialled
    /// after the country code, so `+31 06 …` can only mean `+31 6 …`. (Italy keeps its 0: not here.)
    static let trunkZeroCountries: [[UInt8]] = [[3, 1], [3, 2], [3, 3], [4, 4], [4, 9]]

    static func parse(_ bytes: UnsafeBufferPointer<UInt8>, defaultCountryCode: String = "31")
        -> Result<PhoneNumber, PhoneNumberError.Problem>
    {
        var digits: [UInt8] = []
        digits.reserveCapacity(20)
        var plus = false
        var significant = false
        var position = 0
        var openedAt: Int?
        var i = 0
        while i < bytes.count {
            let (scalar, length) = decode(bytes, at: i)
            i += length
            position += 1
            if position > maximumCharacters { return .failure(.tooLong(digits: digits.count)) }
            switch scalar {
            case 0x30...0x39:
                digits.append(UInt8(scalar - 0x30))
                significant = true
                if digits.count > 20 { return .failure(.tooLong(digits: digits.count)) }
            case 0x2B, 0xFF0B:  // + and the full-width plus
                if significant { return .failure(.misplacedPlus(position: position)) }
                plus = true
                significant = true
            case 0x28:  // (
                openedAt = digits.count
            case 0x29:  // ): a lone trunk 0 in parentheses after the country code is not dialled
                if let start = openedAt, digits.count == start + 1, digits[start] == 0,
                    start > (plus ? 0 : (digits.starts(with: [0, 0]) ? 2 : start + 1))
                {
                    digits.removeLast()
                }
                openedAt = nil
            default:
                if isIgnorable(scalar) { continue }
                let character = Unicode.Scalar(scalar).map { Character($0) } ?? "\u{FFFD}"
                return .failure(.invalidCharacter(character, position: position))
            }
        }
        if digits.isEmpty { return .failure(plus ? .tooShort(digits: 0) : .empty) }
        if !plus {
            if digits.starts(with: [0, 0]) {
                digits.removeFirst(2)
            } else if digits.first == 0 {
                digits = defaultCountryCode.utf8.compactMap { $0 >= 0x30 && $0 <= 0x39 ? $0 - 0x30 : nil }
                    + digits.dropFirst()
            } else {
                return .failure(.noCountryCode)
            }
        }
        if digits.first == 0 { return .failure(.countryCodeStartsWithZero) }
        if digits.count > 3, digits[2] == 0, trunkZeroCountries.contains(where: { digits.starts(with: $0) }) {
            digits.remove(at: 2)
        }
        if digits.count < 8 { return .failure(.tooShort(digits: digits.count)) }
        if digits.count > 15 { return .failure(.tooLong(digits: digits.count)) }
        var value: UInt64 = 0
        for d in digits { value = value * 10 + UInt64(d) }
        guard let number = PhoneNumber(digits: value) else { return .failure(.tooShort(digits: digits.count)) }
        return .success(number)
    }

    /// Spaces of every kind, zero-width characters and separators people put between digit groups.
    static func isIgnorable(_ scalar: UInt32) -> Bool {
        switch scalar {
        case 0x09...0x0D, 0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000:
            return true  // spaces, tabs, CR, LF and no-break spaces
        case 0x200B...0x200D, 0x2060, 0xFEFF, 0xAD:
            return true  // zero-width characters, the byte-order mark, the soft hyphen
        case 0x2D, 0x2E, 0x2F, 0x2010...0x2015, 0x2212, 0xFE58, 0xFE63, 0xFF0D:
            return true  // dashes, dots and slashes
        default: return false
        }
    }

    /// The scalar at `i` and its length in bytes; a malformed sequence reads as U+FFFD, one byte long.
    static func decode(_ b: UnsafeBufferPointer<UInt8>, at i: Int) -> (UInt32, Int) {
        let first = UInt32(b[i])
        if first < 0x80 { return (first, 1) }
        let length: Int
        var value: UInt32
        switch first {
        case 0xC2...0xDF: (length, value) = (2, first & 0x1F)
        case 0xE0...0xEF: (length, value) = (3, first & 0x0F)
        case 0xF0...0xF4: (length, value) = (4, first & 0x07)
        default: return (0xFFFD, 1)
        }
        guard i + length <= b.count else { return (0xFFFD, 1) }
        for k in 1..<length {
            let next = UInt32(b[i + k])
            guard next & 0xC0 == 0x80 else { return (0xFFFD, 1) }
            value = value << 6 | (next & 0x3F)
        }
        let minimum: UInt32 = length == 2 ? 0x80 : length == 3 ? 0x800 : 0x10000
        guard value >= minimum, value <= 0x10FFFF, !(0xD800...0xDFFF).contains(value) else { return (0xFFFD, 1) }
        return (value, length)
    }
}
