import CallscriptDiagnostics
import CallscriptIO

/// The wording of the problems several runtime errors share (contacts, the audit key, settings,
/// unreadable files, refusing gates), used by the catalogue in RuntimeMessages.swift.
extension RuntimeError {
    func contact(_ problem: ContactProblem, _ file: String) -> Diagnostic {
        let at = SourceRange.file(file)
        switch problem {
        case .tooLarge(let limit):
            return Diagnostic(
                .contactTooLarge, "contact file is larger than \(limit / 1024) KiB", at: at,
                help: "a contact file holds one person's details; check that the right file was given")
        case .notAnObject:
            return Diagnostic(
                .contactNotObject, "contact file is not a JSON object", at: at,
                help: "write {\"id\": ..., \"phone\": \"+31...\", \"fields\": {...}}")
        case .missingID:
            return Diagnostic(
                .contactMissingID, "contact has no 'id' (text)", at: at,
                help: "add the contact's ID from your CRM, e.g. \"id\": \"K-1001\"")
        case .missingPhone(let id):
            return Diagnostic(
                .contactMissingPhone, "contact '\(id)' has no 'phone' (text)", at: at,
                help: "add the number, e.g. \"phone\": \"+31 6 1234 5678\"")
        case .invalidPhone(let id, let phone):
            return Diagnostic(
                .contactInvalidPhone, "contact '\(id)' has phone '\(phone)', which is not a valid number", at: at,
                help: "write it with its country code, e.g. +31 6 1234 5678")
        case .fieldNotScalar(let id, let field):
            return Diagnostic(
                .contactFieldNotScalar, "contact '\(id)': field '\(field)' is not text, a number or true/false",
                at: at, help: "write the value as text")
        case .fieldsNotObject(let id):
            return Diagnostic(
                .contactFieldsNotObject, "contact '\(id)': 'fields' is not an object", at: at,
                help: "write \"fields\": {\"name\": \"value\"}")
        case .invalidDate(let id, let key):
            return Diagnostic(
                .contactInvalidDate, "contact '\(id)': '\(key)' is not a date", at: at,
                help: "write YYYY-MM-DD, e.g. \"2025-12-31\"")
        case .invalidTimeZone(let id, let zone):
            return Diagnostic(
                .contactInvalidTimeZone, "contact '\(id)': time zone '\(zone)' is not an IANA time zone", at: at,
                help: "write the callee's zone as in the tz database, e.g. \"America/Los_Angeles\"")
        case .notText(let id, let key):
            return Diagnostic(
                .contactInvalidTimeZone, "contact '\(id)': '\(key)' is not text", at: at,
                help: "write it as a JSON string, e.g. \"\(key)\": \"…\"")
        }
    }

    func auditKey(_ problem: AuditKeyProblem, _ path: String) -> Diagnostic {
        let at = SourceRange.file(path)
        switch problem {
        case .missing:
            return Diagnostic(
                .auditKeyUnusable, "no such audit key file", at: at,
                help: "create one with `callscript audit keygen FILE`, or pass the file the compliance officer gave you"
            )
        case .readableByOthers(let mode):
            return Diagnostic(
                .auditKeyUnusable, "the audit key file can be read by others (mode \(mode))", at: at,
                help: "run `chmod 600 \(path)`")
        case .malformed:
            return Diagnostic(
                .auditKeyUnusable, "the file is not an audit key (expected 64 hex digits)", at: at,
                help: "pass the file written by `callscript audit keygen`")
        case .insideDataFolder(let folder):
            return Diagnostic(
                .auditKeyUnusable, "the audit key is inside the data folder it protects", at: at,
                help: "move it outside \(folder): whoever can edit the records must not hold the key")
        case .exists:
            return Diagnostic(
                .auditKeyUnusable, "the audit key file already exists", at: at,
                help: "keep the existing key (it verifies the checkpoints it signed) or choose a new file name")
        case .notGiven(let command, let option):
            return Diagnostic(
                .auditKeyUnusable, "\(command) needs the audit key", at: at,
                help: "pass \(option) FILE or set CALLSCRIPT_AUDIT_KEY to the key file's path")
        }
    }

    func settingsHelp(_ problem: SettingsProblem) -> String {
        switch problem {
        case .notAnObject, .retentionNotAnObject:
            "write e.g. {\"retention\": {\"sessions\": \"90d\", \"audit\": \"3y\"}}"
        case .unknownSetting: "the only setting is 'retention'"
        case .unknownKind: "use answers, sessions, audit, consents or callbacks"
        case .notAPeriod: "write a whole number and d, w, m or y, e.g. \"90d\" or \"3y\""
        case .longerThanCustomerTerm: "keep records at most 3y (\"3y\", \"36m\")"
        }
    }

    func readHelp(_ problem: ReadProblem, what: String) -> String {
        switch problem {
        case .notFound: "check the path; pass \(what)"
        case .isFolder: "pass a file inside the folder: \(what)"
        case .permissionDenied: "give the runner's user read access to the file, or copy it somewhere readable"
        case .tooLarge: "check that the right file was given: \(what)"
        case .failed: "check the disk and the path, then try again"
        }
    }

    func gateHelp(_ rule: String) -> String {
        switch rule {
        case Gates.objectionRule: "the number is on the objection list: do not call it for marketing"
        case Gates.basisRule:
            "record the person's consent for this purpose, or check the customer relationship dates in the contact file"
        case Gates.hoursRule: "call again within the calling hours of the policy (`callscript explain \(rule)`)"
        default: "see `callscript explain \(rule)`"
        }
    }
}
