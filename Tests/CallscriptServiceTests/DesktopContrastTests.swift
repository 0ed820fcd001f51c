import Foundation
import Testing

@testable import CallscriptService

/// The stylesheet's contrast list is the accessibility promise (WCAG 2.1 AA); these tests keep it
/// true: every ratio recomputed, every colour of the sheet in a pair.
@Suite("Desktop contrast")
struct DesktopContrastTests {
    struct Pair {
        var foreground: String
        var background: String
        var stated: Double
        var kind: String
    }

    static let css = DesktopAssets.desktopCSS

    static var pairs: [Pair] {
        let pattern = #"(#[0-9a-f]{6}) on (#[0-9a-f]{6})\s+([0-9.]+):1 (text|ui|decorative)"#
        guard let regex = try? NSRegularExpression(pattern: pattern) else { return [] }
        let text = css as NSString
        return regex.matches(in: css, range: NSRange(location: 0, length: text.length)).map { match in
            Pair(
                foreground: text.substring(with: match.range(at: 1)),
                background: text.substring(with: match.range(at: 2)),
                stated: Double(text.substring(with: match.range(at: 3))) ?? 0,
                kind: text.substring(with: match.range(at: 4)))
        }
    }

    @Test("every listed ratio is right and meets AA")
    func ratiosAreRightAndMeetAA() throws {
        let pairs = Self.pairs
        #expect(pairs.count >= 20)
        for pair in pairs {
            let ratio = try contrast(pair.foreground, pair.background)
            let name = "\(pair.foreground) on \(pair.background)"
            #expect(abs(ratio - pair.stated) < 0.006, "\(name): stated \(pair.stated), is \(ratio)")
            switch pair.kind {
            case "text": #expect(ratio >= 4.5, "\(name) is text below 4.5:1")
            case "ui": #expect(ratio >= 3, "\(name) is a UI part below 3:1")
            default: break
            }
        }
    }

    @Test("every colour of the stylesheet is in a checked pair")
    func everyColourIsListed() throws {
        let end = try #require(Self.css.range(of: "*/"))
        let rules = String(Self.css[end.upperBound...])
        let listed = Set(Self.pairs.flatMap { [$0.foreground, $0.background] })
        guard let regex = try? NSRegularExpression(pattern: "#[0-9a-fA-F]{3,8}\\b") else { return }
        let used = regex.matches(in: rules, range: NSRange(rules.startIndex..., in: rules)).compactMap {
            Range($0.range, in: rules).map { rules[$0].lowercased() }
        }
        #expect(used.count > 10)
        for colour in Set(used).sorted() { #expect(listed.contains(colour), "\(colour) has no contrast line") }
    }

    @Test("the contrast formula agrees with WCAG's own examples")
    func formulaMatchesKnownValues() throws {
        #expect(abs(try contrast("#000000", "#ffffff") - 21) < 0.001)
        #expect(abs(try contrast("#777777", "#ffffff") - 4.48) < 0.01)
        #expect(abs(try contrast("#ffffff", "#ffffff") - 1) < 0.001)
    }

    /// WCAG 2.1 contrast ratio of two `#rrggbb` colours.
    private func contrast(_ a: String, _ b: String) throws -> Double {
        let la = try luminance(a)
        let lb = try luminance(b)
        return (max(la, lb) + 0.05) / (min(la, lb) + 0.05)
    }

    private func luminance(_ hex: String) throws -> Double {
        let digits = Array(hex.dropFirst())
        try #require(digits.count == 6, "\(hex) is not #rrggbb")
        let channels = try stride(from: 0, to: 6, by: 2).map { index -> Double in
            let value = try #require(UInt8(String(digits[index..<index + 2]), radix: 16))
            let c = Double(value) / 255
            return c <= 0.03928 ? c / 12.92 : pow((c + 0.055) / 1.055, 2.4)
        }
        return 0.2126 * channels[0] + 0.7152 * channels[1] + 0.0722 * channels[2]
    }
}
