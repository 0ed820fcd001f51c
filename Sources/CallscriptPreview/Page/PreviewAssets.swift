import CallscriptService

/// The preview page: static HTML, CSS and JavaScript compiled into the binary (no third-party
/// script, no build step). It reuses the agent desktop's stylesheet and its interface-text
/// lookup (`i18n.js`, Dutch and English), adding the preview's own strings and layout.
public enum PreviewAssets {
    /// Every path this serves below the token, for the router and the tests.
    public static let paths = [
        "/", "/assets/desktop.css", "/assets/preview.css", "/assets/i18n.js", "/assets/preview-i18n.js",
        "/assets/preview.js",
    ]

    /// The content type and body for `path` (below the token), or nil.
    public static func asset(path: String) -> (contentType: String, body: String)? {
        switch path {
        case "/", "/index.html": return ("text/html; charset=utf-8", pageHTML)
        case "/assets/preview.css": return ("text/css; charset=utf-8", previewCSS)
        case "/assets/preview-i18n.js": return (javascript, translationsJS)
        case "/assets/preview.js": return (javascript, [pageJS, callJS].joined(separator: "\n"))
        case "/assets/desktop.css", "/assets/i18n.js": return DesktopAssets.asset(path: path)
        default: return nil
        }
    }

    private static let javascript = "text/javascript; charset=utf-8"
}
