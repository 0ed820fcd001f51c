import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Timing and memory helpers. Every figure is the median of several runs, so one slow run
/// (another process taking the core) does not move it.
enum Measure {
    /// The median wall time in seconds of `runs` calls of `body`.
    static func median(runs: Int, _ body: () -> Void) -> Double {
        let clock = ContinuousClock()
        var samples: [Double] = []
        for _ in 0..<max(1, runs) {
            let start = clock.now
            body()
            samples.append(seconds(clock.now - start))
        }
        return middle(samples)
    }

    /// The same, for work that returns a value: the value is freed after the clock stops, so
    /// the time is that of building it (a compiler keeps its tree until it is done).
    static func median<T>(runs: Int, keeping body: () -> T) -> Double {
        let clock = ContinuousClock()
        var samples: [Double] = []
        for _ in 0..<max(1, runs) {
            let start = clock.now
            let value = body()
            samples.append(seconds(clock.now - start))
            consume(value)
        }
        return middle(samples)
    }

    static func middle(_ samples: [Double]) -> Double {
        let sorted = samples.sorted()
        guard !sorted.isEmpty else { return 0 }
        return sorted.count % 2 == 1
            ? sorted[sorted.count / 2] : (sorted[sorted.count / 2 - 1] + sorted[sorted.count / 2]) / 2
    }

    static func seconds(_ d: Duration) -> Double {
        let (s, atto) = d.components
        return Double(s) + Double(atto) / 1e18
    }

    /// The resident memory of this process now, in bytes (from /proc/self/statm).
    static func residentBytes() -> Int {
        // procfs files report size 0, so read them with plain read(2).
        let fd = open("/proc/self/statm", O_RDONLY)
        guard fd >= 0 else { return 0 }
        defer { close(fd) }
        var buffer = [UInt8](repeating: 0, count: 256)
        let n = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, 255) }
        guard n > 0 else { return 0 }
        let fields = String(decoding: buffer[0..<n], as: UTF8.self).split(separator: " ")
        guard fields.count > 1, let pages = Int(fields[1]) else { return 0 }
        return pages * Int(sysconf(Int32(_SC_PAGESIZE)))
    }

    /// The highest resident memory this process has had, in bytes.
    static func peakResidentBytes() -> Int {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        return usage.ru_maxrss * 1024
    }

    /// Runs a program with its output discarded; returns its exit status, wall time and peak
    /// resident memory (from `wait4`, so start-up and everything the child did is included).
    ///
    /// The program is started by a fresh copy of this bench (`--measure-child`), not by this
    /// process: Linux counts the memory a process had before `exec` in its peak, and a child
    /// forked from a bench holding 100,000-step scripts started with hundreds of megabytes.
    static func spawn(_ program: String, _ arguments: [String]) -> (
        status: Int32, seconds: Double, peakBytes: Int, cpuSeconds: Double
    )? {
        var pipe: [Int32] = [0, 0]
        guard Glibc.pipe(&pipe) == 0 else { return nil }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, pipe[1], 1)
        posix_spawn_file_actions_addclose(&actions, pipe[0])
        let argv = (["callscript-bench", measureChildFlag, program] + arguments).map { strdup($0) } + [nil]
        defer { for p in argv { free(p) } }
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, "/proc/self/exe", &actions, nil, argv, environ) == 0
        close(pipe[1])
        defer { close(pipe[0]) }
        guard spawned else { return nil }
        var report: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 256)
        while true {
            let n = buffer.withUnsafeMutableBytes { read(pipe[0], $0.baseAddress, 256) }
            if n <= 0 { break }
            report += buffer[0..<n]
        }
        var status: Int32 = 0
        guard waitpid(pid, &status, 0) == pid, status == 0 else { return nil }
        let fields = String(decoding: report, as: UTF8.self).split(separator: " ")
        guard fields.count == 4, let exit = Int32(fields[0]), let wall = Double(fields[1]),
            let peak = Int(fields[2]), let cpu = Double(fields[3].trimmingCharacters(in: .whitespacesAndNewlines))
        else { return nil }
        return (exit, wall, peak, cpu)
    }

    static let measureChildFlag = "--measure-child"

    /// The copy of the bench that `spawn` starts: runs `PROGRAM ARGUMENTS...` with its output
    /// discarded and prints `status seconds peak-bytes cpu-seconds`, then exits.
    static func measureChild(_ command: [String]) -> Never {
        guard let program = command.first else { exit(2) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        let argv = command.map { strdup($0) } + [nil]
        var pid: pid_t = 0
        let clock = ContinuousClock()
        let start = clock.now
        guard posix_spawn(&pid, program, &actions, nil, argv, environ) == 0 else { exit(1) }
        var status: Int32 = 0
        var usage = rusage()
        guard wait4(pid, &status, 0, &usage) == pid else { exit(1) }
        let elapsed = seconds(clock.now - start)
        let code = (status & 0x7F) == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
        // User and system time of the child and the children it waited for (`timeout`'s).
        let cpu =
            Double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
            + Double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6
        print("\(code) \(elapsed) \(usage.ru_maxrss * 1024) \(cpu)")
        exit(0)
    }
}

/// Keeps a value alive and opaque to the optimiser, so measured work is not removed.
@inline(never)
func consume<T>(_ value: T) {
    withExtendedLifetime(value) {}
}
