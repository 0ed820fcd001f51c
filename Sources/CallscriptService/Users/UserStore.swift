import Foundation
import Synchronization

#if canImport(Glibc)
    import Glibc
#endif

/// Why the users file cannot be used or changed.
public struct UserStoreError: Error, Sendable, Hashable, CustomStringConvertible {
    public var message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}

/// The people who may log in, kept in `users.json` in the data folder (0600). Changes are
/// written to a temporary file and renamed, under a lock, so concurrent `users add` never
/// lose one another's users and a crash never leaves half a file.
public final class FileUserStore: Sendable {
    public let path: String
    private let cache = Mutex<(stamp: [Int], users: [User])?>(nil)

    public init(dataFolder: String) {
        path = (dataFolder as NSString).appendingPathComponent("users.json")
    }

    /// Every user; an absent file is no users.
    public func users() throws(UserStoreError) -> [User] {
        var info = stat()
        guard stat(path, &info) == 0 else {
            if errno == ENOENT { return [] }
            throw UserStoreError("\(path): cannot read the users file: \(String(cString: strerror(errno)))")
        }
        let stamp = [Int(info.st_size), Int(info.st_mtim.tv_sec), Int(info.st_mtim.tv_nsec), Int(info.st_ino)]
        if let cached = cache.withLock({ $0 }), cached.stamp == stamp { return cached.users }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw UserStoreError("\(path): cannot read the users file")
        }
        do {
            let users = try JSONDecoder().decode([User].self, from: data)
            cache.withLock { $0 = (stamp, users) }
            return users
        } catch {
            throw UserStoreError("\(path): the users file is damaged (\(error)); restore it from a backup")
        }
    }

    /// The user a token belongs to, if any.
    public func authenticate(token: String) -> User? {
        let hash = AccessToken.hash(token)
        guard let all = try? users() else { return nil }
        // Compare with every user, so the time taken does not tell where a match was.
        var found: User?
        for user in all where AccessToken.matches(user.tokenHash, hash) { found = user }
        return found
    }

    /// Adds a user with a new token and returns the token (shown once, never stored).
    public func add(name: String, role: UserRole, now: Date = Date()) throws(UserStoreError) -> String {
        guard User.isValidName(name) else {
            throw UserStoreError(
                "'\(name)' is not a valid user name; use letters, digits, '.', '-' or '_' (up to 64), e.g. jan or m.devries"
            )
        }
        let token = AccessToken.issue()
        try update { (users: inout [User]) throws(UserStoreError) in
            guard !users.contains(where: { $0.name == name }) else {
                throw UserStoreError("user '\(name)' exists; remove it first to issue a new token")
            }
            let created = ISO8601DateFormatter().string(from: now)
            users.append(User(name: name, role: role, tokenHash: AccessToken.hash(token), created: created))
        }
        return token
    }

    /// Removes a user; their token stops working at once.
    public func remove(name: String) throws(UserStoreError) {
        try update { (users: inout [User]) throws(UserStoreError) in
            guard users.contains(where: { $0.name == name }) else { throw UserStoreError("there is no user '\(name)'") }
            users.removeAll { $0.name == name }
        }
    }

    private func update(_ change: (inout [User]) throws(UserStoreError) -> Void) throws(UserStoreError) {
        let folder = (path as NSString).deletingLastPathComponent
        do {
            try FileManager.default.createDirectory(
                atPath: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        } catch {
            throw UserStoreError("\(folder): cannot create the data folder: \(error.localizedDescription)")
        }
        let lock = open(path + ".lock", O_RDWR | O_CREAT | O_CLOEXEC, 0o600)
        guard lock >= 0, flock(lock, LOCK_EX) == 0 else {
            throw UserStoreError("\(path): cannot lock the users file: \(String(cString: strerror(errno)))")
        }
        defer {
            flock(lock, LOCK_UN)
            close(lock)
        }
        var all = try users()
        try change(&all)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        guard let data = try? encoder.encode(all) else { throw UserStoreError("cannot encode the users") }
        let temporary = path + ".tmp-\(getpid())"
        let fd = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw UserStoreError("\(temporary): cannot write: \(String(cString: strerror(errno)))") }
        let bytes = [UInt8](data) + [0x0A]
        var offset = 0
        while offset < bytes.count {
            let n = bytes[offset...].withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
            if n < 0, errno == EINTR { continue }
            guard n > 0 else {
                let reason = String(cString: strerror(errno))
                close(fd)
                unlink(temporary)
                throw UserStoreError("\(path): cannot write the users file: \(reason)")
            }
            offset += n
        }
        guard fsync(fd) == 0, close(fd) == 0, rename(temporary, path) == 0 else {
            let reason = String(cString: strerror(errno))
            unlink(temporary)
            throw UserStoreError("\(path): cannot save the users file: \(reason)")
        }
        cache.withLock { $0 = nil }
    }
}
