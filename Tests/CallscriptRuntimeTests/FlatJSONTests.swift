import Foundation
import Testing

@testable import CallscriptRuntime

@Suite struct FlatJSONTests {
    static let base =
        #""agent":"web","company":"Zonnig","person":"K-1","phone":"+31612345678","purpose":"telemarketing","script":"","time":"t""#

    /// The fast reader either gives what `JSONDecoder` gives or steps aside; it never accepts more.
    @Test(arguments: [
        #"{\#(base),"status":"given"}"#,
        #"{\#(base),"status":"withdrawn"}"#,
        #" { \#(base) , "status" : "withdrawn" } "#,
        #"{\#(base),"status":"given","extra":"x"}"#,
        #"{\#(base),"status":"given","extra":1}"#,
        #"{\#(base),"status":"given","extra":{"a":"b"}}"#,
        #"{\#(base),"status":"given","status":"withdrawn"}"#,
        #"{\#(base),"status":"nee"}"#,
        #"{\#(base)}"#,
        #"{"agent":"Jos\u00e9 \"JJ\" \\ \/ \n\t\ud83d\ude00","company":"Zonnig","person":"K-1","phone":"+31612345678","purpose":"telemarketing","script":"","time":"t","status":"given"}"#,
        #"{"agent":"\ud83d","company":"Zonnig","person":"K-1","phone":"+31612345678","purpose":"telemarketing","script":"","time":"t","status":"given"}"#,
        #"{"agent":"a\x","company":"Zonnig","person":"K-1","phone":"+31612345678","purpose":"telemarketing","script":"","time":"t","status":"given"}"#,
        "{\"agent\":\"tab\there\",\(base.dropFirst(12)),\"status\":\"given\"}",
        #"{\#(base),"status":"given"} x"#,
        #"{\#(base),"status":"given",}"#,
        #"[\#(base)]"#,
        "",
    ])
    func agreesWithJSONDecoder(_ line: String) {
        let expected = try? JSONDecoder().decode(ConsentRecord.self, from: Data(line.utf8))
        let fast = FlatJSON.stringObject(ArraySlice(Array(line.utf8))).flatMap(ConsentRecord.init(flat:))
        if let fast { #expect(fast == expected, "\(line)") }
        let lines = try? JSONLines<ConsentRecord>.decode(Array((line + "\n").utf8), path: "c.jsonl", name: "consents")
        // A line that does not end in `}` is a write cut off, skipped by the reader's own rule.
        let cutOff = !line.trimmingCharacters(in: .whitespaces).hasSuffix("}")
        #expect(lines?.map(\.record) == (cutOff ? [] : expected.map { [$0] }), "\(line)")
    }
}
