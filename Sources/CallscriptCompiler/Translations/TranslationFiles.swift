import CallscriptDiagnostics
import Foundation

/// One translation file read beside the main script.
struct TranslationSource: Sendable {
    /// Relative to the main script's folder: `winback.en.po`.
    var path: String
    /// From the file name: `en`.
    var language: String
    var source: SourceFile
}

/// The naming convention for translations: `<script>.<language>.po` beside the script
/// (`winback.en.po` for `winback.call`). One file per language is what gettext tools expect;
/// a translator adds a language without touching the reviewed script; the compiler finds
/// every translation without a list that could go stale.
public enum TranslationFiles {
    /// The language part of `path` when it is a translation file of `main` (whatever the
    /// language code looks like; `isLanguageCode` judges it), else nil.
    public static func language(of path: String, main: String) -> String? {
        let stem = main.hasSuffix(".call") ? String(main.dropLast(5)) : main
        guard path.hasPrefix(stem + "."), path.hasSuffix(".po") else { return nil }
        let language = String(path.dropFirst(stem.count + 1).dropLast(3))
        return language.isEmpty || language.contains("/") || language.contains(".") ? nil : language
    }

    /// The path of the translation of `main` into `language`.
    public static func path(main: String, language: String) -> String {
        let stem = main.hasSuffix(".call") ? String(main.dropLast(5)) : main
        return "\(stem).\(language).po"
    }

    /// A language code as in BCP 47's common forms: `en`, `fr`, `tr`, `pap`, `nl-BE`, `zh-Hant`.
    public static func isLanguageCode(_ code: String) -> Bool {
        let parts = code.split(separator: "-", omittingEmptySubsequences: false)
        guard let primary = parts.first, (2...3).contains(primary.count),
            primary.allSatisfy({ $0.isASCII && $0.isLowercase })
        else { return false }
        return parts.dropFirst().allSatisfy { part in
            (2...8).contains(part.count) && part.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) }
        } && parts.count <= 3
    }

    /// Reads every translation file of `main` the provider lists.
    static func load(main: String, from provider: some SourceProvider) -> ([TranslationSource], [Diagnostic]) {
        var out: [TranslationSource] = []
        var problems: [Diagnostic] = []
        for path in provider.translationFiles(of: main) {
            guard let language = language(of: path, main: main) else { continue }
            let whole = SourceRange.wholeFile(path)
            switch provider.read(path, isMain: false) {
            case .bytes(let bytes):
                guard String(validating: bytes, as: UTF8.self) != nil else {
                    problems.append(
                        Diagnostic(
                            .translationSyntax, "translation file '\(path)' is not UTF-8", at: whole,
                            help: "save the file as UTF-8 (Poedit and Weblate do so by default)"))
                    continue
                }
                out.append(
                    TranslationSource(path: path, language: language, source: SourceFile(path: path, bytes: bytes)))
            case .tooLarge(let size):
                problems.append(
                    Diagnostic(
                        .translationSyntax, "translation file '\(path)' is too large (\(size) bytes)", at: whole))
            case .notFound, .isFolder, .outsideFolder, .unreadable:
                problems.append(
                    Diagnostic(
                        .translationSyntax, "translation file '\(path)' cannot be read", at: whole,
                        help: "check that it is a readable file in the script's folder"))
            }
        }
        return (out, problems)
    }
}
