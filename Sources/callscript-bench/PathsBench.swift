import Foundation

/// The `paths` rows of the issue-15 table: `callscript paths` as a process on both generators
/// at 3,000 and 30,000 steps. The target is judged on CPU time (user + system: what the work
/// costs, without the time spent waiting for one of the shared cores); wall time, the tests
/// written and the file's size are printed beside it, since what `paths` must write grows with
/// the script's shape (see Docs/performance.md).
extension ScaleBench {
    func pathsRows(_ shape: Shape) throws -> [TargetResult] {
        guard let cli else { return [] }
        var out: [TargetResult] = []
        for (steps, limit) in [(3_000, 1.0), (30_000, 10.0)] {
            let (path, bytes) = try prepare(shape, steps: steps)
            let target = folder.appendingPathComponent("\(shape.rawValue)-\(steps)-paths.calltest")
            try? FileManager.default.removeItem(at: target)
            log("  paths: \(shape.rawValue), \(steps) steps")
            let child = Measure.spawn(
                "/usr/bin/timeout",
                ["\(Int(pathsTimeout))", cli, "paths", "--on", "\(checkDate)", path, "-o", target.path])
            let measured: String
            var met: Bool?
            if let child, child.status == 0 {
                let text = (try? String(contentsOf: target, encoding: .utf8)) ?? ""
                let tests = text.components(separatedBy: "\ntest \"").count - 1
                let todo = text.components(separatedBy: "\n# TODO choose data").count - 1
                // Tests that continue another test's call from a checkpoint (`from "..."`).
                let continuing = text.components(separatedBy: "\n  from \"").count - 1
                measured = String(
                    format: "%@ CPU (%@ wall), %d tests (%d continuing), %d TODO, %@ MB written",
                    Report.time(child.cpuSeconds), Report.time(child.seconds), tests, continuing, todo,
                    Report.mb(text.utf8.count))
                met = child.cpuSeconds < limit
            } else if let child, child.status == 124 {
                measured = "> \(Int(pathsTimeout)) s (stopped; \(Report.time(child.cpuSeconds)) CPU)"
                met = false
            } else {
                measured = "failed (exit \(child?.status ?? -1))"
                met = false
            }
            try? FileManager.default.removeItem(at: target)
            out.append(
                TargetResult(
                    name: "paths (\(label(shape, steps, bytes)))", target: "< \(Int(limit)) s CPU",
                    measured: measured, met: met))
        }
        return out
    }
}
