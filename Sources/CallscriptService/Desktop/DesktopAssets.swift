/// The agent desktop and the officer's page: static HTML, CSS and JavaScript compiled into the
/// binary, so `callscript serve` needs no files beside it and no build step. They hold no data;
/// everything a page shows comes from the `/v1` API with the user's own token.
public enum DesktopAssets {
    /// Every path this serves, for the router and the tests.
    public static let paths = [
        "/", "/officer", "/assets/desktop.css", "/assets/desktop.js", "/assets/officer.js", "/assets/i18n.js",
    ]

    /// The content type and body for `path`, or nil when `path` is not one of the pages' files.
    /// The query string, if any, must already be cut off.
    public static func asset(path: String) -> (contentType: String, body: String)? {
        switch path {
        case "/", "/index.html": return (html, desktopHTML)
        case "/officer": return (html, officerHTML)
        case "/assets/desktop.css": return ("text/css; charset=utf-8", desktopCSS)
        // Each page's script is the shared shell (token, API, language) followed by its own parts.
        case "/assets/desktop.js":
            return (javascript, [shellJS, validationJS, startJS, callJS, keysJS].joined(separator: "\n"))
        case "/assets/officer.js": return (javascript, [shellJS, validationJS, officerJS].joined(separator: "\n"))
        case "/assets/i18n.js": return (javascript, i18nJS)
        default: return nil
        }
    }

    private static let html = "text/html; charset=utf-8"
    private static let javascript = "text/javascript; charset=utf-8"
}
