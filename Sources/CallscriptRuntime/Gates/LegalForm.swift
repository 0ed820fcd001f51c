/// The legal form a contact record gives (`legal_form`), as the basis gate of `audience
/// business` reads it.
///
/// The Telecommunicatiewet (art. 11.7) protects natural persons: a call to a legal person
/// (BV, NV, stichting, vereniging, coöperatie) needs no opt-in, a call to a sole trader or a
/// partnership (eenmanszaak, vof, cv, maatschap) does, because its owners are liable in
/// person (RVO). A business campaign may therefore only call a contact whose record says it
/// is a legal person; a missing or unknown form is a refusal, never a pass.
public enum LegalForm: Equatable, Sendable {
    case legalPerson(String)
    case naturalPerson(String)
    case unknown

    /// The form a spelling names: case, dots, spaces and the diaeresis do not matter
    /// (`B.V.`, `bv`, `Besloten vennootschap`, `Coöperatie U.A.`).
    public init(_ written: String) {
        let key = Self.key(written)
        if let name = Self.legalPersons[key] {
            self = .legalPerson(name)
        } else if let name = Self.naturalPersons[key] {
            self = .naturalPerson(name)
        } else {
            self = .unknown
        }
    }

    /// The legal persons' names, for messages.
    public static let shownLegalPersons = legalPersonSpellings.map(\.name).joined(separator: ", ")

    static func key(_ text: String) -> String {
        var out = ""
        for scalar in text.lowercased().unicodeScalars {
            switch scalar {
            case ".", " ", "-", "\t": continue
            case "ö": out += "o"
            case "ë": out += "e"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// Each legal person's name and the spellings (after `key`) that name it.
    private static let legalPersonSpellings: [(name: String, spellings: [String])] = [
        ("BV", ["bv", "beslotenvennootschap", "beslotenvennootschapmetbeperkteaansprakelijkheid"]),
        ("NV", ["nv", "naamlozevennootschap"]),
        ("stichting", ["stichting"]),
        ("vereniging", ["vereniging", "verenigingmetvolledigerechtsbevoegdheid"]),
        ("coöperatie", ["cooperatie", "cooperatieua", "cooperatiewa", "cooperatieba", "cooperatievereniging"]),
        ("onderlinge waarborgmaatschappij", ["onderlingewaarborgmaatschappij", "owm"]),
    ]

    private static let legalPersons: [String: String] = Dictionary(
        legalPersonSpellings.flatMap { form in form.spellings.map { ($0, form.name) } }, uniquingKeysWith: { a, _ in a }
    )

    private static let naturalPersons: [String: String] = [
        "eenmanszaak": "eenmanszaak", "zzp": "eenmanszaak", "zzper": "eenmanszaak",
        "vof": "vof", "vennootschaponderfirma": "vof",
        "cv": "cv", "commanditairevennootschap": "cv",
        "maatschap": "maatschap",
    ]
}
