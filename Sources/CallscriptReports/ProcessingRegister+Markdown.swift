import Foundation

extension ProcessingRegister {
    /// The register as Markdown a privacy officer can paste into the organisation's register.
    public var markdown: String {
        var out = "# Processing register (AVG art. 30)\n\n"
        out +=
            dataFolder.map { "Retention periods from the data folder `\($0)` (`settings.json`).\n\n" }
            ?? "Retention periods: the defaults (no data folder given; see `settings.json` in Docs/data-formats.md).\n\n"
        out += "| record | kept for |\n| --- | --- |\n"
        for kind in ["audit", "answers", "sessions", "consents", "callbacks"] {
            out += "| \(kind) | \(retention[kind] ?? "3y") |\n"
        }
        for campaign in campaigns {
            out += "\n## \(cell(campaign.campaign))\n\n"
            out += "- Script: `\(campaign.file)`" + (campaign.version.map { ", version \($0)" } ?? "") + "\n"
            if let controller = campaign.controller {
                out +=
                    "- Controller (principal): \(controller)\n- Processor (calls on its behalf): \(campaign.processor)\n"
            } else {
                out += "- Controller: \(campaign.processor) (calls for itself)\n"
            }
            out += "- Policy: `\(campaign.policy)`; basis for calling: \(campaign.basis)\n"
            let languages = [campaign.language] + campaign.translations
            out += "- Languages: \(languages.joined(separator: ", "))\n\n"
            out += "| personal data | type | source | purpose | stored in | kept for |\n"
            out += "| --- | --- | --- | --- | --- | --- |\n"
            for item in campaign.reads + campaign.captures {
                let source =
                    item.source == "contact" ? "contact record" : "asked (\(item.askedAt.joined(separator: ", ")))"
                out +=
                    "| \(cell(item.name)) | \(cell(item.type)) | \(source) | \(cell(item.purpose ?? (item.source == "capture" ? "**no purpose given**" : "not stated in the script"))) | "
                    + "\(item.storedIn.map { "`\($0.location)` (\($0.record))" }.joined(separator: ", ")) | "
                    + "\(item.storedIn.map(\.kept).joined(separator: ", ")) |\n"
            }
            for consent in campaign.consents {
                out +=
                    "| consent \"\(cell(consent.purpose))\" | yes/no | asked (\(consent.askedAt.joined(separator: ", "))) | proof of consent | "
                    + "`consents.jsonl` (consents) | \(consent.storedIn.first?.kept ?? "3y") |\n"
            }
            out +=
                "| objection (phone number) | phone | the person objects | never calling the person again | "
                + "`\(campaign.objections.location)` | \(campaign.objections.kept) |\n"
            if !campaign.missingPurposes.isEmpty {
                out +=
                    "\nCaptures without a purpose (CS0179): \(campaign.missingPurposes.map { "`\($0)`" }.joined(separator: ", ")).\n"
            }
        }
        return out
    }

    /// The register as JSON (sorted keys, two-space indentation).
    public var json: String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(self) else { return "{}\n" }
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    /// A table cell: pipes escaped, one line.
    private func cell(_ text: String) -> String {
        text.replacingOccurrences(of: "|", with: "\\|").replacingOccurrences(of: "\n", with: " ")
    }
}
