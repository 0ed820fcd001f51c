import CallscriptDiagnostics
import Foundation
import Testing

/// The one escaping of XML and HTML text (SCXML, JUnit, certificates).
@Suite struct MarkupTextTests {
    @Test func escapesEveryMarkupCharacterAndWhatXMLCannotHold() {
        #expect(
            MarkupText.escaped("Zonnig & Co <b>\"ja\"</b> 's avonds\n\tregel\r\u{1}\u{FFFE}é")
                == "Zonnig &amp; Co &lt;b&gt;&quot;ja&quot;&lt;/b&gt; &apos;s avonds&#10;&#9;regel&#13;\u{FFFD}\u{FFFD}é"
        )
    }

    @Test func commentBodiesNeverHoldTwoHyphensInARowNorEndWithOne() {
        for text in ["a--b", "a---b", "----", "x-", "-", "gewoon tekst", "a - b", "—-–"] {
            let body = MarkupText.comment(text)
            #expect(!body.contains("--"), "\(text) -> \(body)")
            #expect(!body.hasSuffix("-"), "\(text) -> \(body)")
            #expect(body.replacingOccurrences(of: " ", with: "") == text.replacingOccurrences(of: " ", with: ""))
        }
        #expect(MarkupText.comment("gewoon tekst") == "gewoon tekst")
    }
}
