#if canImport(Glibc)
    import Glibc
#endif

/// The client networks agents may log in from (`--allow-from 10.20.0.0/16`), as call centres
/// restrict where the desktop may be used. Empty allows every address the service listens on.
public struct NetworkAllowList: Sendable, Hashable {
    /// One network: its address bytes (4 or 16) and prefix length.
    public struct Network: Sendable, Hashable, CustomStringConvertible {
        public var bytes: [UInt8]
        public var prefix: Int
        public var description: String
    }

    public var networks: [Network]

    public init(_ networks: [Network] = []) { self.networks = networks }

    /// Parses `ADDRESS/PREFIX` or a single address; nil with a reason when it is not one.
    public static func parse(_ text: String) -> Result<Network, AllowListError> {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count <= 2, let address = parts.first.map(String.init), !address.isEmpty else {
            return .failure(AllowListError("'\(text)' is not a network; write e.g. 10.20.0.0/16 or 192.168.1.7"))
        }
        var v4 = in_addr()
        var v6 = in6_addr()
        let bytes: [UInt8]
        if inet_pton(AF_INET, address, &v4) == 1 {
            bytes = withUnsafeBytes(of: v4) { Array($0) }
        } else if inet_pton(AF_INET6, address, &v6) == 1 {
            bytes = withUnsafeBytes(of: v6) { Array($0) }
        } else {
            return .failure(AllowListError("'\(address)' is not an IPv4 or IPv6 address"))
        }
        let maximum = bytes.count * 8
        var prefix = maximum
        if parts.count == 2 {
            guard let p = Int(parts[1]), (0...maximum).contains(p) else {
                return .failure(AllowListError("'\(text)': the prefix must be a number from 0 to \(maximum)"))
            }
            prefix = p
        }
        return .success(Network(bytes: bytes, prefix: prefix, description: text))
    }

    /// True when the address (4 or 16 bytes) is in one of the networks, or the list is empty.
    public func allows(_ address: [UInt8]) -> Bool {
        networks.isEmpty || networks.contains { Self.contains($0, address) }
    }

    static func contains(_ network: Network, _ address: [UInt8]) -> Bool {
        guard network.bytes.count == address.count else { return false }
        var bits = network.prefix
        for i in 0..<address.count where bits > 0 {
            let mask: UInt8 = bits >= 8 ? 0xFF : ~(0xFF >> UInt8(bits))
            if network.bytes[i] & mask != address[i] & mask { return false }
            bits -= 8
        }
        return true
    }
}

/// A network that cannot be parsed.
public struct AllowListError: Error, Sendable, Hashable, CustomStringConvertible {
    public var message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}
