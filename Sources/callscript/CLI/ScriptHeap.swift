import CallscriptCompiler
import CallscriptMachine
import Foundation

/// Sets up the heap for compiling scripts of this size, before the compiler allocates.
///
/// From `Compiler.largeScriptBytes` of source on, the heap is reserved in huge pages
/// (`HugePageHeap`) for `peakPerSourceByte` times the source: `check` peaks at about seven
/// times its source (`Docs/performance.md`). Smaller scripts are left as they are: for them
/// the page faults are few, and each huge page touched would be 2 MiB to clear.
enum ScriptHeap {
    static let peakPerSourceByte = 8

    static func prepare(forScripts paths: [String]) {
        var total = 0
        for path in paths {
            var status = stat()
            if stat(path, &status) == 0 { total += Int(status.st_size) }
        }
        guard total >= Compiler.largeScriptBytes else { return }
        HugePageHeap.reserve(total * peakPerSourceByte)
    }
}
