/// The scanner behind `PhoneNumber`, on UTF-8 bytes so that a list of ten million lines is
/// read without making a `String` per line.
package enum PhoneNumberParser {
    /// The longest input looked at; a longer one is no phone number however it is spaced.
    static let maximumCharacters = 100

    /// Countries whose numbers are written nationally with a trunk `0` that is never dialled
    /// after the country code, so `+31 06 …` can only mean `+31 6 …`. (Italy keeps its 0: not here.)
    static let trunkZeroCountries: [[UInt8]] = [[3, 1], [3, 2], [3, 3], [4, 4], [4, 9]]

    package static func parse(_ bytes: UnsafeBufferPointer<UInt8>, defaultCountryCode: String = "31")
        -> Result<PhoneNumber, PhoneNumberError.Problem>
    {
        // The digits live on the stack: a list of ten million numbers is read without one allocation each.
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 24) { digits in
            parse(bytes, into: digits, defaultCountryCode: defaultCountryCode)
        }
    }

    private static func parse(
        _ bytes: UnsafeBufferPointer<UInt8>, into digits: UnsafeMutableBufferPointer<UInt8>, defaultCountryCode: String
    ) -> Result<PhoneNumber, PhoneNumberError.Problem> {
        var count = 0
        var plus = false
        var significant = false
        var position = 0
        var openedAt: Int?
        var i = 0
        while i < bytes.count {
            let (scalar, length) = decode(bytes, at: i)
            i += length
            position += 1
            if position > maximumCharacters { return .failure(.tooLong(digits: count)) }
            switch scalar {
            case 0x30...0x39:
                if count == 20 { return .failure(.tooLong(digits: count + 1)) }
                digits[count] = UInt8(scalar - 0x30)
                count += 1
                significant = true
            case 0x2B, 0xFF0B: // + and the full-width plus
                if significant { return .failure(.misplacedPlus(position: position)) }
                plus = true
                significant = true
            case 0x28: // (
                openedAt = count
            case 0x29: // ): a lone trunk 0 in parentheses after the country code is not dialled
                let international = plus || (count >= 2 && digits[0] == 0 && digits[1] == 0)
                let prefix = plus ? 0 : 2
                if let start = openedAt, international, count == start + 1, digits[start] == 0, start > prefix {
                    count -= 1
                }
                openedAt = nil
            default:
                if isIgnorable(scalar) { continue }
                let character = Unicode.Scalar(scalar).map { Character($0) } ?? "\u{FFFD}"
                return .failure(.invalidCharacter(character, position: position))
            }
        }
        if count == 0 { return .failure(plus ? .tooShort(digits: 0) : .empty) }
        // The E.164 digits: `country` (only for a national number) followed by digits[from..<count].
        var country: [UInt8] = []
        var from = 0
        if !plus {
            if count >= 2, digits[0] == 0, digits[1] == 0 {
                from = 2
            } else if digits[0] == 0 {
                country = defaultCountryCode.utf8.compactMap { $0 >= 0x30 && $0 <= 0x39 ? $0 - 0x30 : nil }
                from = 1
            } else {
                return .failure(.noCountryCode)
            }
        }
        var all = country
        all.reserveCapacity(country.count + count - from)
        if country.isEmpty {
            // Fast path without an allocation for the common international form.
            return finish(UnsafeBufferPointer(rebasing: digits[from..<count]))
        }
        for k in from..<count { all.append(digits[k]) }
        return all.withUnsafeBufferPointer { finish($0) }
    }

    /// Checks the E.164 digits, drops a trunk 0 after the country code, and makes the number.
    private static func finish(_ d: UnsafeBufferPointer<UInt8>) -> Result<PhoneNumber, PhoneNumberError.Problem> {
        guard let first = d.first else { return .failure(.tooShort(digits: 0)) }
        if first == 0 { return .failure(.countryCodeStartsWithZero) }
        var skip: Int?
        if d.count > 3, d[2] == 0, trunkZeroCountries.contains(where: { $0[0] == d[0] && $0[1] == d[1] }) {
            // Numbers of these countries never start with 0 after the trunk 0, so a second 0 is an
            // error: dropping one zero per pass would make the result change on every pass.
            if d[3] == 0 { return .failure(.zeroAfterTrunkZero) }
            skip = 2
        }
        let length = d.count - (skip == nil ? 0 : 1)
        if length < 8 { return .failure(.tooShort(digits: length)) }
        if length > 15 { return .failure(.tooLong(digits: length)) }
        var value: UInt64 = 0
        for (k, digit) in d.enumerated() where k != skip { value = value * 10 + UInt64(digit) }
        guard let number = PhoneNumber(digits: value) else { return .failure(.tooShort(digits: length)) }
        return .success(number)
    }

    /// Spaces of every kind, zero-width characters and separators people put between digit groups.
    package static func isIgnorable(_ scalar: UInt32) -> Bool {
        switch scalar {
        case 0x09...0x0D, 0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000:
            return true // spaces, tabs, CR, LF and no-break spaces
        case 0x200B...0x200D, 0x2060, 0xFEFF, 0xAD:
            return true // zero-width characters, the byte-order mark, the soft hyphen
        case 0x2D, 0x2E, 0x2F, 0x2010...0x2015, 0x2212, 0xFE58, 0xFE63, 0xFF0D:
            return true // dashes, dots and slashes
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
