/// The `--store` URL as shown in messages and the audit name: without its password.
enum StoreURL {
    /// True for the URLs the PostgreSQL store takes (`postgres://` and `postgresql://`).
    static func isPostgres(_ url: String) -> Bool {
        url.hasPrefix("postgres://") || url.hasPrefix("postgresql://")
    }

    /// `postgres://user:secret@host/db` becomes `postgres://user@host/db`.
    static func display(_ url: String) -> String {
        guard let scheme = url.range(of: "://") else { return url }
        let rest = url[scheme.upperBound...]
        let authorityEnd = rest.firstIndex { $0 == "/" || $0 == "?" } ?? rest.endIndex
        let authority = rest[..<authorityEnd]
        guard let at = authority.lastIndex(of: "@"), let colon = authority[..<at].firstIndex(of: ":") else {
            return url
        }
        return String(url[..<scheme.upperBound]) + authority[..<colon] + authority[at...] + rest[authorityEnd...]
    }
}
