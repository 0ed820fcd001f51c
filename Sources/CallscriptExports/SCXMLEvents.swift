import CallscriptMachine
import Foundation

/// The event names of the SCXML export: what a host sends to drive the exported machine.
///
/// `start` (with every contact field as data) begins the call; `next` continues after a line;
/// `answer.LABEL` (and `answer.CLASS` for answers of `ask convenient` and `ask consent`)
/// answers a question; `capture.FIELD` (with `value`) fills a capture; an event name from
/// `CallEvent` (`objection`, `voicemail`, `complaint`, `minor`, `hang-up`) interrupts.
public enum SCXMLEvents {
    public static let start = "start"
    public static let next = "next"

    /// The event that fills the capture of `field`; its data carries `value`.
    public static func capture(_ field: String) -> String { "capture." + SCXMLDataModel.identifierSafe(field) }

    /// The event descriptors of each answer of a question, in transition order: the label's
    /// slug (made unique within the question) and, for a classed answer, its class.
    public static func answers(_ transitions: [Transition]) -> [[String]] {
        var used: Set<String> = []
        return transitions.enumerated().map { i, t in
            var slug = "answer." + self.slug(t.label ?? "")
            if slug == "answer." || used.contains(slug) { slug = "answer.\(i + 1)" }
            used.insert(slug)
            var names = [slug]
            if let c = t.answerClass { names.append("answer.\(c.rawValue)") }
            return names
        }
    }

    /// Lower case, letters without accents, every other run of characters one `-`:
    /// "Nu niet, later wel" becomes `nu-niet-later-wel`.
    static func slug(_ label: String) -> String {
        let folded = label.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil).lowercased()
        var out = ""
        var dash = false
        for scalar in folded.unicodeScalars {
            let isWord = scalar.isASCII && (CharacterSet.alphanumerics.contains(scalar))
            if isWord {
                if dash, !out.isEmpty { out += "-" }
                out.unicodeScalars.append(scalar)
                dash = false
            } else {
                dash = true
            }
        }
        return out
    }
}
