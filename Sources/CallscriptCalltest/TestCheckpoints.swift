import CallscriptRuntime
import Foundation

/// The call of a test as it stood at one of its checkpoints: the execution (a value: the session
/// state, the lines shown so far, the transcript) and the records its data folder held then.
/// A continuing test starts from a copy, so the prefix is never played again.
struct TestCheckpoint: Sendable {
    var execution: TestExecution
    /// The contents of the record files (objection list, consent register, callback list, call
    /// attempts) at the checkpoint; nil for a file that was not there. The audit trail is not
    /// copied: no expectation reads it, and a continuing test's trail starts at its checkpoint.
    var records: [Data?]

    /// The record files a continuing test's data folder starts with.
    static func recordFiles(_ data: DataFolder) -> [URL] {
        [data.objectionList, data.consentRegister, data.callbackList, data.attemptLog]
    }

    init(_ execution: TestExecution) {
        self.execution = execution
        records = Self.recordFiles(execution.data).map { FileManager.default.contents(atPath: $0.path) }
    }

    /// Puts the records into `data` (already prepared) and moves the session onto it.
    func continued(on data: DataFolder, coverage: ScriptCoverage) throws(RuntimeError) -> TestExecution {
        for (url, bytes) in zip(Self.recordFiles(data), records) {
            guard let bytes else { continue }
            do { try bytes.write(to: url) } catch {
                throw .dataFolder(path: url.path, reason: "the records at the checkpoint cannot be copied (\(error))")
            }
        }
        let session = try execution.session.branched(onto: FileRecordStore(data))
        return execution.continued(data: data, session: session, coverage: coverage)
    }
}

/// Which tests of a file run, in which order, and how far: a test that continues another runs
/// after it, and a test that is only run for a continuing test that `--filter` picked runs up
/// to the last checkpoint needed from it (and is not reported).
struct TestSchedule {
    /// Test positions in the order they run (every origin before the tests that continue it).
    var order: [Int] = []
    /// Whether the test is reported (it matches the filter).
    var reported: [Bool]
    /// Steps each running test runs (all of them for a reported test).
    var stepLimit: [Int]
    /// The checkpoints of each test that a running test continues.
    var wanted: [Set<String>]

    init(_ tests: [ScriptTestCase], filter: String?) {
        let n = tests.count
        let reported = tests.map { t in filter.map { t.name.lowercased().contains($0.lowercased()) } ?? true }
        self.reported = reported
        var runs = reported
        for k in tests.indices where reported[k] {
            var at = tests[k].from?.test ?? -1
            while at >= 0, !runs[at] {
                runs[at] = true
                at = tests[at].from?.test ?? -1
            }
        }
        var stepLimit = tests.indices.map { reported[$0] ? tests[$0].steps.count : 0 }
        wanted = Array(repeating: [], count: n)
        for k in tests.indices where runs[k] {
            guard let origin = tests[k].from, origin.test >= 0 else { continue }
            wanted[origin.test].insert(origin.checkpoint)
            if !reported[origin.test] { stepLimit[origin.test] = max(stepLimit[origin.test], origin.step + 1) }
        }
        self.stepLimit = stepLimit
        var scheduled = Array(repeating: false, count: n)
        for k in tests.indices where runs[k] && !scheduled[k] {
            var chain: [Int] = []
            var at = k
            while at >= 0, !scheduled[at] {
                scheduled[at] = true
                chain.append(at)
                at = tests[at].from?.test ?? -1
            }
            order += chain.reversed()
        }
    }
}

/// A test's records as the call left them, for comparing runs (`ScriptTestOptions.keepRecords`).
public struct TestRecords: Sendable, Hashable {
    /// The objection list, consent register and callback list, as written.
    public var files: [String]
    /// The audit entries this run of the test wrote, one JSON object each without the time;
    /// a continuing test's trail starts at its checkpoint.
    public var audit: [String]

    init(_ data: DataFolder) {
        files = [data.objectionList, data.consentRegister, data.callbackList].map { url in
            FileManager.default.contents(atPath: url.path).map { String(decoding: $0, as: UTF8.self) } ?? ""
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let entries = (try? FileRecordStore(data).auditContents().entries) ?? []
        audit = entries.compactMap { entry in
            guard var payload = entry.payload else { return nil }
            payload.time = ""
            payload.salt = nil
            return (try? encoder.encode(payload)).map { String(decoding: $0, as: UTF8.self) }
        }
    }
}
