import CallscriptTestSupport
import Foundation
import Testing

/// `callscript contacts scrub` on the example call list of Docs/cli.md.
@Suite struct ContactsScrubTests {
    /// A folder with the demo's call list, consents and objection list as the docs show them.
    func workspace() throws -> URL {
        let demo = RepositoryPaths.examples.appendingPathComponent("energie-optin/demo")
        let work = try BuiltBinary.temporaryFolder()
        let data = work.appendingPathComponent("callscript-data")
        try FileManager.default.createDirectory(at: data, withIntermediateDirectories: true)
        for name in ["consents.jsonl", "objections.txt"] {
            try FileManager.default.copyItem(
                at: demo.appendingPathComponent(name), to: data.appendingPathComponent(name))
        }
        try FileManager.default.copyItem(
            at: demo.appendingPathComponent("bellijst.csv"), to: work.appendingPathComponent("bellijst.csv"))
        return work
    }

    var winback: String { RepositoryPaths.examples.appendingPathComponent("energie-optin/winback.call").path }

    @Test func theExampleListIsScrubbedAsTheDocsSay() throws {
        let work = try workspace()
        let r = try BuiltBinary.run(
            [
                "contacts", "scrub", "bellijst.csv", "--campaign", winback, "--data", "callscript-data", "--today",
                "2026-11-30",
            ],
            in: work)
        #expect(r.status == 0, "\(r.stdout)\n\(r.stderr)")
        #expect(
            r.stdout.hasPrefix(
                "bellijst.csv: 3 callable, 6 removed (1 DUPLICATE, 1 INVALID-PHONE, 1 MISSING-FIELD, 2 NL-GATE-BASIS, 1 NL-GATE-OBJECTION)"
            ), "\(r.stdout)")
        let bytes = try Data(contentsOf: work.appendingPathComponent("bellijst.callable.csv"))
        #expect(bytes.starts(with: [0xEF, 0xBB, 0xBF]), "the byte-order mark Excel needs is kept")
        let lines = String(decoding: bytes.dropFirst(3), as: UTF8.self).components(separatedBy: "\r\n").filter {
            !$0.isEmpty
        }
        #expect(lines.first == "id;phone;voornaam;klant_tot;jaarverbruik_kwh;zonnepanelen;notitie")
        #expect(
            lines.dropFirst().map { $0.split(separator: ";", omittingEmptySubsequences: false)[1] } == [
                "+31612345678", "+31623456789", "+31656789012",
            ])
        #expect(lines.contains("K-1002;+31623456789;Bram;2025-09-30;3400;ja;\"belt liever na 17:00; via Jeroen\""))
        let report = try String(contentsOf: work.appendingPathComponent("bellijst.removed.csv"), encoding: .utf8)
        #expect(report.contains("4;K-1003;0031 6 3456 7890;NL-GATE-OBJECTION;+31634567890 is on the objection list"))
        #expect(
            report.contains(
                "5;K-1004;06-45678901;NL-GATE-BASIS;the consent for 'telemarketing' from Belcentrum Randstad B.V. was withdrawn (2026-09-14T10:05:33Z)"
            ))
        #expect(report.contains("7;K-1006;06 1234 5678;DUPLICATE;+31612345678 is also on line 2"))
        #expect(
            report.contains(
                "8;K-1007;0612-34;INVALID-PHONE;'0612-34' is not a phone number: it has only 7 digits with its country code (a number has at least 8)"
            ))
        #expect(report.components(separatedBy: "\r\n").filter { !$0.isEmpty }.count == 7, "a header and six rows")
        let mode =
            try FileManager.default.attributesOfItem(atPath: work.appendingPathComponent("bellijst.removed.csv").path)[
                .posixPermissions] as? Int
        #expect(mode == 0o600)
    }

    @Test func aBadObjectionListWritesNothingAndSaysWhere() throws {
        let work = try workspace()
        let list = work.appendingPathComponent("callscript-data/objections.txt")
        try Data("+31201234567\r\nbel niet: 06 1234 5678\r\n".utf8).write(to: list)
        let r = try BuiltBinary.run(
            ["contacts", "scrub", "bellijst.csv", "--campaign", winback, "--data", "callscript-data", "-o", "uit.csv"],
            in: work)
        #expect(r.status == 1)
        #expect(
            r.stderr.contains("objections.txt:2:1: error: line 2 of the objection list is not a phone number"),
            "\(r.stderr)")
        #expect(r.stderr.contains("nothing was written"))
        #expect(!FileManager.default.fileExists(atPath: work.appendingPathComponent("uit.csv").path))
    }

    @Test func usageMistakesAreExitTwo() throws {
        let work = try workspace()
        #expect(try BuiltBinary.run(["contacts", "scrub", "bellijst.csv"], in: work).status == 2)
        #expect(try BuiltBinary.run(["contacts", "wash", "bellijst.csv", "--campaign", winback], in: work).status == 2)
        let missing = try BuiltBinary.run(["contacts", "scrub", "geen.csv", "--campaign", winback], in: work)
        #expect(missing.status == 2 && missing.stderr.contains("geen.csv"), "\(missing.stderr)")
        try Data("naam;telefoon\nAnna;0612345678\n".utf8).write(to: work.appendingPathComponent("fout.csv"))
        let columns = try BuiltBinary.run(["contacts", "scrub", "fout.csv", "--campaign", winback], in: work)
        #expect(
            columns.status == 2
                && columns.stderr.contains("fout.csv:1:1: error: the header row has no id and phone column"),
            "\(columns.stderr)")
    }
}
