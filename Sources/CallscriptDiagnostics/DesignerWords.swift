/// The Dutch (and other) words script designers write where the language has an English
/// keyword or event name: `zeg` for `say`, `on bezwaar` for `on objection`. The one table
/// behind every "did you mean" for them; `Suggestions.closest` consults it first, so a word
/// is only suggested where its English counterpart is a valid choice.
public enum DesignerWords {
    /// Written word (lower case) -> what the language calls it.
    public static let table: [String: String] = [
        // Statements and endings.
        "zeg": "say", "zeggen": "say", "spreek": "say", "vertel": "say",
        "vraag": "ask", "vragen": "ask",
        "identificeer": "identify", "stel_voor": "identify", "voorstellen": "identify",
        "verkoop": "pitch", "aanbod": "pitch",
        "afmelden": "optout", "afmelding": "optout", "uitschrijven": "optout", "opt_out": "optout",
        "vermeld": "disclose", "meld": "disclose",
        "noteer": "capture", "vastleggen": "capture", "leg_vast": "capture",
        "einde": "end", "eind": "end", "stop": "end", "klaar": "end",
        "ophangen": "hangup", "hang_op": "hangup", "hang_up": "hangup",
        "terugbellen": "callback", "bel_terug": "callback", "call_back": "callback",
        "doorverbinden": "transfer", "verbind": "transfer",
        "als": "if", "anders": "else",
        // Declarations.
        "stap": "step", "begin": "start", "gebruik": "use",
        "gelegen": "convenient", "schikt": "convenient", "toestemming": "consent",
        // Events.
        "bezwaar": "objection", "bezwaren": "objection", "bezwaar_maken": "objection",
        "klacht": "complaint", "klachten": "complaint",
        "minderjarig": "minor", "minderjarige": "minor", "kind": "minor",
        "voice-mail": "voicemail", "voice_mail": "voicemail", "voicemailbox": "voicemail",
        "voicemailbericht": "voicemail", "antwoordapparaat": "voicemail", "antwoord_apparaat": "voicemail",
        "inspreken": "voicemail", "mailbox": "voicemail", "answering_machine": "voicemail",
        // Answer classes.
        "ja": "yes", "nee": "no", "straks": "later",
    ]

    /// The language's word for `written` (compared in lower case), if the table knows it.
    public static func english(for written: String) -> String? { table[written.lowercased()] }
}
