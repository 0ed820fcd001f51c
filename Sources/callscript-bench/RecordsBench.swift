import CallscriptCompiler
import CallscriptGenerator
import CallscriptMachine
import CallscriptRuntime
import Foundation

/// Record figures at the scale of a large call centre: the gate check against 10,000,000
/// objections and 1,000,000 consents, a record append, and scrubbing a 1,000,000-row call list.
struct RecordsResult: Codable {
    var objections: Int
    var consents: Int
    var callListRows: Int
    var generateSeconds: Double
    /// The first check after the files were written: both indexes are built.
    var firstCheckSeconds: Double
    /// One call's gate check (objection, basis, hours), median and slowest of `checks`.
    var checks: Int
    var checkMedianSeconds: Double
    /// The 99th percentile: a check that has to wait for the disk.
    var checkP99Seconds: Double
    var checkMaxSeconds: Double
    /// The same after `appends` appends of each kind (read from the tails, no rebuild).
    var checkAfterAppendsMedianSeconds: Double
    var appends: Int
    var appendMedianSeconds: Double
    /// fsync/fdatasync calls per append, counted with strace in a child process; nil without strace.
    var fsyncsPerAppend: Double?
    var scrubSeconds: Double
    var scrubCallable: Int
    var scrubRemoved: Int
}

struct RecordsBench {
    var objections: Int
    var consents: Int
    var rows: Int
    var folder: URL
    var checkDate: CalendarDate
    var log: (String) -> Void

    static let company = "Belcentrum Randstad B.V."

    func run(probe: String?) throws -> RecordsResult {
        let machine = try Self.machine(checkDate)
        let data = DataFolder(root: folder.appendingPathComponent("records"))
        try data.prepare()
        let clock = ContinuousClock()
        var start = clock.now
        let blocked = try writeObjections(data)
        try writeConsents(data, company: machine.script.company)
        let generated = Measure.seconds(clock.now - start)
        log(
            "  wrote \(objections.formatted()) objections and \(consents.formatted()) consents in \(Report.time(generated))"
        )

        func contact(_ i: Int) -> Contact {
            // Every fourth number is on the objection list; the others have a consent.
            let phone = i % 4 == 0 ? blocked[i % blocked.count] : "+3162\(String(format: "%07d", i * 7 % consents))"
            return Contact(
                id: "K-\(i * 7 % consents)", phone: phone,
                fields: ["first_name": "Anna", "age": "41", "customer_since": "2019-05-01"])
        }
        func check(_ i: Int) -> Bool {
            Gates.evaluate(machine: machine, contact: contact(i), data: data, at: RuntimeBench.callTime).allowed
        }
        start = clock.now
        _ = check(0)
        let first = Measure.seconds(clock.now - start)
        log("  first gate check (builds both indexes): \(Report.time(first))")

        let checks = 400
        var samples: [Double] = []
        var allowed = 0
        for i in 1...checks {
            let t = clock.now
            if check(i) { allowed += 1 }
            samples.append(Measure.seconds(clock.now - t))
        }
        guard allowed > 0, allowed < checks else { throw BenchError("the gate check allowed \(allowed) of \(checks)") }
        log("  gate check: median \(Report.time(Measure.middle(samples))), slowest \(Report.time(samples.max() ?? 0))")

        let appends = 50
        var appendSamples: [Double] = []
        let objectionList = ObjectionList(path: data.objectionList.path)
        let register = ConsentRegister(path: data.consentRegister.path)
        for i in 0..<appends {
            var t = clock.now
            try objectionList.append("+3197\(String(format: "%08d", i))")
            appendSamples.append(Measure.seconds(clock.now - t))
            t = clock.now
            try register.append(
                ConsentRecord(
                    person: "K-new-\(i)", phone: "+3198\(String(format: "%08d", i))", company: machine.script.company,
                    purpose: "telemarketing", time: "2026-03-03T09:00:00Z", script: "", agent: "bench",
                    verifiedBy: "sms", verifiedAt: "2026-03-03T09:00:00Z"))
            appendSamples.append(Measure.seconds(clock.now - t))
        }
        var after: [Double] = []
        for i in 1...checks {
            let t = clock.now
            _ = check(i)
            after.append(Measure.seconds(clock.now - t))
        }
        guard try objectionList.contains("+3197\(String(format: "%08d", appends - 1))") else {
            throw BenchError("an appended objection was not found")
        }
        log(
            "  append: median \(Report.time(Measure.middle(appendSamples))); check after appends: \(Report.time(Measure.middle(after)))"
        )
        let fsyncs = probe.flatMap { countFsyncs(probe: $0, data: data) }
        log("  fsyncs per append: \(fsyncs.map { String(format: "%.2f", $0) } ?? "- (no strace)")")

        let list = try writeCallList(blocked)
        start = clock.now
        let table = try CSVTable.parse([UInt8](Data(contentsOf: list)), file: list.lastPathComponent)
        let scrubbed = try CallListScrubber.scrub(
            table, file: list.lastPathComponent, machine: machine, data: data, today: checkDate)
        _ = scrubbed.callable.encoded()
        let scrub = Measure.seconds(clock.now - start)
        log(
            "  scrub \(rows.formatted()) rows: \(Report.time(scrub)), \(scrubbed.callable.rows.count.formatted()) callable, \(scrubbed.removed.count.formatted()) removed"
        )
        return RecordsResult(
            objections: objections, consents: consents, callListRows: rows, generateSeconds: generated,
            firstCheckSeconds: first, checks: checks, checkMedianSeconds: Measure.middle(samples),
            checkP99Seconds: samples.sorted()[samples.count * 99 / 100],
            checkMaxSeconds: samples.max() ?? 0, checkAfterAppendsMedianSeconds: Measure.middle(after),
            appends: appends,
            appendMedianSeconds: Measure.middle(appendSamples), fsyncsPerAppend: fsyncs, scrubSeconds: scrub,
            scrubCallable: scrubbed.callable.rows.count, scrubRemoved: scrubbed.removed.count)
    }

    /// The generated 1,000-step script of the runtime figures (opt-in, so the basis gate reads consents).
    static func machine(_ checkDate: CalendarDate) throws -> Machine {
        let files = ScriptGenerator(steps: 1_000, seed: 7).generate()
        guard let main = files[ScriptGenerator.mainFile] else { throw BenchError("generator gave no main script") }
        var others = files
        others[ScriptGenerator.mainFile] = nil
        let compiled = Compiler.compile(
            source: main, path: ScriptGenerator.mainFile, files: others, options: CompileOptions(checkDate: checkDate))
        guard var machine = compiled.machine, !compiled.hasErrors else { throw BenchError("script does not compile") }
        machine.script.audience = .optIn
        return machine
    }

    /// Pseudo-random mobile numbers, one per line; returns every 1000th (numbers known to be on it).
    private func writeObjections(_ data: DataFolder) throws -> [String] {
        var random = SeededRandom(seed: 10)
        var blocked: [String] = []
        try writeChunked(data.objectionList, count: objections) { i, out in
            let number = "+316\(String(format: "%08d", Int(random.next() % 100_000_000)))"
            if i % 1000 == 0 { blocked.append(number) }
            out += number
            out += "\n"
        }
        return blocked
    }

    private func writeConsents(_ data: DataFolder, company: String) throws {
        try writeChunked(data.consentRegister, count: consents) { i, out in
            out +=
                #"{"agent":"webformulier","company":"\#(company)","person":"K-\#(i)","phone":"+3162\#(String(format: "%07d", i))","purpose":"telemarketing","script":"","status":"given","time":"2026-01-05T09:00:00Z","verifiedAt":"2026-01-05T09:00:00Z","verifiedBy":"sms"}"#
            out += "\n"
        }
    }

    /// `rows` rows: a tenth on the objection list, a twentieth duplicates, a hundredth bad numbers,
    /// a fifth without consent.
    private func writeCallList(_ blocked: [String]) throws -> URL {
        let url = folder.appendingPathComponent("bellijst.csv")
        FileManager.default.createFile(
            atPath: url.path, contents: Data("\u{FEFF}id;phone;first_name;age;customer_since\r\n".utf8))
        let handle = try FileHandle(forWritingTo: url)
        defer { try? handle.close() }
        try handle.seekToEnd()
        var out = ""
        for i in 0..<rows {
            let person = i % 5 == 4 ? "N-\(i)" : "K-\(i % consents)"
            var phone =
                "06 2\(String(format: "%03d", i % consents / 10_000)) \(String(format: "%04d", i % consents % 10_000))"
            if i % 5 == 4 { phone = "06 99\(String(format: "%06d", i))" }
            if i % 10 == 1 { phone = blocked[i % blocked.count] }
            if i % 20 == 3 { phone = "06 2000 0000" }
            if i % 100 == 7 { phone = "06-12x45678" }
            out += "\(person);\(phone);Anna;\(30 + i % 50);2019-05-01\r\n"
            if out.utf8.count > 1 << 20 {
                try handle.write(contentsOf: Data(out.utf8))
                out = ""
            }
        }
        try handle.write(contentsOf: Data(out.utf8))
        return url
    }

    private func writeChunked(_ url: URL, count: Int, _ line: (Int, inout String) -> Void) throws {
        FileManager.default.createFile(atPath: url.path, contents: nil)
        let handle = try FileHandle(forWritingTo: url)
        defer { try? handle.close() }
        var out = ""
        out.reserveCapacity(1 << 21)
        for i in 0..<count {
            line(i, &out)
            if out.utf8.count > 1 << 20 {
                try handle.write(contentsOf: Data(out.utf8))
                out.removeAll(keepingCapacity: true)
            }
        }
        try handle.write(contentsOf: Data(out.utf8))
    }

    /// Runs `probe` (this benchmark's `--append-probe DIR`) under strace and counts fsyncs per append.
    private func countFsyncs(probe: String, data: DataFolder) -> Double? {
        let appends = 20
        let summary = folder.appendingPathComponent("strace.txt").path
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/strace"),
            let child = Measure.spawn(
                "/usr/bin/strace",
                [
                    "-f", "-c", "-o", summary, "-e", "trace=fsync,fdatasync", probe, "--append-probe", data.root.path,
                    "\(appends)",
                ]),
            child.status == 0, let text = try? String(contentsOfFile: summary, encoding: .utf8)
        else { return nil }
        let calls = text.split(separator: "\n").compactMap { line -> Int? in
            let columns = line.split(separator: " ", omittingEmptySubsequences: true)
            guard let name = columns.last, name == "fsync" || name == "fdatasync", columns.count >= 5 else {
                return nil
            }
            return Int(columns[3])
        }
        return Double(calls.reduce(0, +)) / Double(2 * appends)
    }

    /// The strace child: `count` objection appends and `count` consent appends, nothing else.
    static func appendProbe(_ root: String, count: Int) throws {
        let data = DataFolder(root: URL(fileURLWithPath: root))
        let list = ObjectionList(path: data.objectionList.path)
        let register = ConsentRegister(path: data.consentRegister.path)
        for i in 0..<count {
            try list.append("+3196\(String(format: "%08d", i))")
            try register.append(
                ConsentRecord(
                    person: "K-probe-\(i)", phone: "+3195\(String(format: "%08d", i))", company: company,
                    purpose: "telemarketing", time: "2026-03-03T09:00:00Z", script: "", agent: "probe",
                    verifiedBy: "sms", verifiedAt: "2026-03-03T09:00:00Z"))
        }
    }
}
