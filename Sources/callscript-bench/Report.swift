import Foundation

/// Everything one benchmark run measured, as written to the JSON file.
struct BenchReport: Codable {
    var date: String
    var cores: Int
    var runs: Int
    var sizes: [SizeResult]
    var runtime: RuntimeResult?
    /// Gate checks, appends and scrubbing at 10,000,000 objections and 1,000,000 consents.
    var records: RecordsResult?
    /// `callscript serve` under load: concurrent agents on loopback, per store.
    var serve: [ServeResult]?
    /// `callscript check` of a small example, start-up included.
    var smallCheckSeconds: Double?
    var smallCheckScript: String?
    var targets: [TargetResult]
}

/// One target of issue 6 and whether this run met it.
struct TargetResult: Codable {
    var name: String
    var target: String
    var measured: String
    var met: Bool?
}

enum Report {
    static func targets(_ r: BenchReport) -> [TargetResult] {
        var out: [TargetResult] = []
        let largest = r.sizes.max { $0.steps < $1.steps }
        func ms(_ s: Double) -> String { String(format: "%.1f ms", s * 1000) }
        if let big = largest {
            let label = "\(big.steps.formatted()) steps, \(String(format: "%.1f", Double(big.bytes) / 1e6)) MB"
            if let wall = big.cliCheckSeconds {
                out.append(
                    TargetResult(
                        name: "check \(label), start-up included", target: "< 1 s", measured: ms(wall), met: wall < 1))
            }
            for phase in ["lex", "lex+parse"] {
                if let p = big.phases.first(where: { $0.phase == phase }) {
                    out.append(
                        TargetResult(
                            name: "\(phase) throughput (\(label))", target: ">= 50 MB/s",
                            measured: String(format: "%.0f MB/s", p.megabytesPerSecond), met: p.megabytesPerSecond >= 50
                        ))
                }
            }
            if let v = big.seconds("verify all rules") {
                out.append(
                    TargetResult(
                        name: "verify all nl-telemarketing rules (\(label))", target: "< 100 ms", measured: ms(v),
                        met: v < 0.1))
            }
            if let previous = r.sizes.last(where: { $0.steps * 10 == big.steps }) {
                var worst = ("", 0.0)
                for phase in big.phases {
                    // Phases under a millisecond at the smaller size are noise, not growth.
                    guard let small = previous.seconds(phase.phase), small >= 0.001 else { continue }
                    let ratio = phase.seconds / small
                    if ratio > worst.1 { worst = (phase.phase, ratio) }
                }
                if let a = big.cliCheckSeconds, let b = previous.cliCheckSeconds, b > 0, a / b > worst.1 {
                    worst = ("callscript check", a / b)
                }
                out.append(
                    TargetResult(
                        name:
                            "linear growth: worst phase, \(previous.steps.formatted()) -> \(big.steps.formatted()) steps",
                        target: "<= 12x", measured: String(format: "%.1fx (%@)", worst.1, worst.0), met: worst.1 <= 12))
            }
        }
        if let rt = r.runtime {
            out.append(
                TargetResult(
                    name: "pure step function", target: ">= 1,000,000 steps/s",
                    measured: "\(Int(rt.stepFunctionStepsPerSecond).formatted()) steps/s",
                    met: rt.stepFunctionStepsPerSecond >= 1_000_000))
            out.append(
                TargetResult(
                    name: "memory per live session (machine shared)", target: "< 16 KB",
                    measured: String(format: "%.1f KB", rt.bytesPerLiveSession / 1024),
                    met: rt.bytesPerLiveSession < 16 * 1024))
        }
        if let rec = r.records {
            let scale = "\(rec.objections.formatted()) objections, \(rec.consents.formatted()) consents"
            out.append(
                TargetResult(
                    name: "a call's gate check (\(scale)), median", target: "< 5 ms",
                    measured: ms(rec.checkMedianSeconds), met: rec.checkMedianSeconds < 0.005))
            out.append(
                TargetResult(
                    name: "record append (objection, consent)", target: "< 2 fsyncs",
                    measured: rec.fsyncsPerAppend.map { String(format: "%.2f fsyncs", $0) } ?? "-",
                    met: rec.fsyncsPerAppend.map { $0 < 2 }))
            out.append(
                TargetResult(
                    name: "scrub \(rec.callListRows.formatted()) rows (\(scale))", target: "< 60 s",
                    measured: time(rec.scrubSeconds), met: rec.scrubSeconds < 60))
        }
        for sv in r.serve ?? [] {
            out.append(
                TargetResult(
                    name: "serve, \(sv.agents) agents, \(sv.store) store: step latency p99", target: "< 25 ms",
                    measured: ms(sv.p99), met: sv.p99 < 0.025))
            out.append(
                TargetResult(
                    name: "serve, \(sv.agents) agents, \(sv.store) store: errors, chain verifies",
                    target: "0, yes", measured: "\(sv.errors), \(sv.chainVerifies ? "yes" : "no")",
                    met: sv.errors == 0 && sv.chainVerifies))
        }
        if let small = r.smallCheckSeconds {
            out.append(
                TargetResult(
                    name: "check a small script (\(r.smallCheckScript ?? "example")), wall", target: "< 50 ms",
                    measured: ms(small), met: small < 0.05))
        }
        return out
    }

    static func render(_ r: BenchReport) -> String {
        var out =
            "callscript benchmark: \(r.cores) cores, one thread, median of \(r.runs) runs (3 at 100,000 steps)\n\n"
        let sizes = r.sizes.sorted { $0.steps < $1.steps }
        if let big = sizes.last { out += compilerTable(sizes, big) }
        if let rt = r.runtime {
            out += "Runtime (generated 1,000-step script, \(rt.machineStates.formatted()) states)\n"
            out +=
                table(
                    ["measure", "value"],
                    [
                        ["pure step function", "\(Int(rt.stepFunctionStepsPerSecond).formatted()) steps/s"],
                        [
                            "session with audit log, fsync each entry (disk)",
                            "\(Int(rt.sessionFlushedStepsPerSecond).formatted()) steps/s",
                        ],
                        [
                            "session with audit log, no flush cost (/dev/shm)",
                            "\(Int(rt.sessionUnflushedStepsPerSecond).formatted()) steps/s",
                        ],
                        [
                            "\(rt.liveSessions.formatted()) live sessions: memory each",
                            String(format: "%.1f KB", rt.bytesPerLiveSession / 1024),
                        ],
                        [
                            "  bare session state + call context",
                            String(format: "%.1f KB", rt.bytesPerSessionState / 1024),
                        ],
                        [
                            "  starting them (gate + start entries)",
                            "\(Int(rt.sessionStartsPerSecond).formatted()) calls/s",
                        ],
                        [
                            "  taking turns, audit log on /dev/shm",
                            "\(Int(rt.interleavedStepsPerSecond).formatted()) steps/s",
                        ],
                    ]) + "\n"
        }
        if let rec = r.records {
            out += "Records (\(rec.objections.formatted()) objections, \(rec.consents.formatted()) consents, on disk)\n"
            out +=
                table(
                    ["measure", "value"],
                    [
                        ["write the files (generation)", time(rec.generateSeconds)],
                        ["first gate check: both indexes built", time(rec.firstCheckSeconds)],
                        ["gate check, median of \(rec.checks)", time(rec.checkMedianSeconds)],
                        ["gate check, 99th percentile", time(rec.checkP99Seconds)],
                        ["gate check, slowest", time(rec.checkMaxSeconds)],
                        ["gate check after \(rec.appends) appends of each", time(rec.checkAfterAppendsMedianSeconds)],
                        ["record append, median (fsync'd)", time(rec.appendMedianSeconds)],
                        ["fsyncs per append (strace)", rec.fsyncsPerAppend.map { String(format: "%.2f", $0) } ?? "-"],
                        [
                            "scrub \(rec.callListRows.formatted()) rows: parse, check, encode",
                            "\(time(rec.scrubSeconds)) (\(rec.scrubCallable.formatted()) callable, \(rec.scrubRemoved.formatted()) removed)",
                        ],
                    ]) + "\n"
        }
        if let serve = r.serve, !serve.isEmpty {
            out += "Serve (concurrent agents on loopback, complete calls of six requests each)\n"
            out +=
                table(
                    ["store", "agents", "calls", "requests", "p50", "p99", "calls/s", "errors", "chain"],
                    serve.map {
                        [
                            $0.store, "\($0.agents)", "\($0.calls)", "\($0.requests)", time($0.p50), time($0.p99),
                            String(format: "%.0f", $0.callsPerSecond), "\($0.errors)",
                            $0.chainVerifies ? "verifies (\($0.auditEntries) entries)" : "BROKEN",
                        ]
                    }) + "\n"
        }
        if let small = r.smallCheckSeconds {
            out += "callscript check \(r.smallCheckScript ?? ""): \(time(small)) wall, start-up included\n\n"
        }
        out += "Targets\n"
        out += table(
            ["target", "wanted", "measured", "met"],
            r.targets.map { [$0.name, $0.target, $0.measured, $0.met.map { $0 ? "yes" : "NO" } ?? "-"] })
        return out
    }

    static func compilerTable(_ sizes: [SizeResult], _ big: SizeResult) -> String {
        var out =
            "Scripts: "
            + sizes.map {
                "\($0.steps.formatted()) steps = \(mb($0.bytes)) MB, \($0.states.formatted()) states, machine JSON \(mb($0.machineJSONBytes)) MB"
            }.joined(separator: "; ") + "\n\n"
        var header = ["phase"] + sizes.map { "\($0.steps.formatted()) steps" }
        header += ["MB/s", "states/s"]
        header += zip(sizes, sizes.dropFirst()).map { "x(\(short($1.steps))/\(short($0.steps)))" }
        var rows: [[String]] = []
        for phase in big.phases {
            var row = [phase.phase]
            row += sizes.map { s in s.seconds(phase.phase).map(time) ?? "-" }
            row += [String(format: "%.0f", phase.megabytesPerSecond), rate(phase.statesPerSecond)]
            row += zip(sizes, sizes.dropFirst()).map { a, b in
                guard let x = a.seconds(phase.phase), let y = b.seconds(phase.phase), x > 0 else { return "-" }
                return String(format: "%.1f", y / x)
            }
            rows.append(row)
        }
        var cli = ["callscript check (process)"] + sizes.map { $0.cliCheckSeconds.map(time) ?? "-" }
        cli += [
            big.cliCheckSeconds.map { String(format: "%.0f", Double(big.bytes) / 1e6 / $0) } ?? "-",
            big.cliCheckSeconds.map { rate(Double(big.states) / $0) } ?? "-",
        ]
        cli += zip(sizes, sizes.dropFirst()).map { a, b in
            guard let x = a.cliCheckSeconds, let y = b.cliCheckSeconds, x > 0 else { return "-" }
            return String(format: "%.1f", y / x)
        }
        rows.append(cli)
        var peak = ["  peak memory (check)"] + sizes.map { $0.cliCheckPeakBytes.map { "\(mb($0)) MB" } ?? "-" }
        peak += Array(repeating: "", count: header.count - peak.count)
        rows.append(peak)
        out += table(header, rows) + "\n"
        out += "MB/s and states/s are for the largest script; x(b/a) is time(b)/time(a) (10x the steps).\n\n"

        return out
    }

    static func table(_ header: [String], _ rows: [[String]]) -> String {
        let all = [header] + rows
        let widths = header.indices.map { i in all.map { $0.indices.contains(i) ? $0[i].count : 0 }.max() ?? 0 }
        func line(_ row: [String]) -> String {
            row.indices.map { i in
                let cell = row[i]
                let pad = String(repeating: " ", count: widths[i] - cell.count)
                return i == 0 ? cell + pad : pad + cell
            }.joined(separator: "  ").trimmingCharacters(in: .whitespaces) + "\n"
        }
        var out = line(header)
        out += line(widths.map { String(repeating: "-", count: $0) })
        for row in rows { out += line(row) }
        return out
    }

    static func time(_ s: Double) -> String {
        s >= 1
            ? String(format: "%.2f s", s)
            : s >= 0.001 ? String(format: "%.1f ms", s * 1000) : String(format: "%.0f us", s * 1e6)
    }

    static func rate(_ r: Double) -> String {
        r >= 1e6
            ? String(format: "%.1fM", r / 1e6) : r >= 1e3 ? String(format: "%.0fk", r / 1e3) : String(format: "%.0f", r)
    }

    static func mb(_ bytes: Int) -> String { String(format: "%.1f", Double(bytes) / 1e6) }

    static func short(_ steps: Int) -> String { steps >= 1000 ? "\(steps / 1000)k" : "\(steps)" }
}
