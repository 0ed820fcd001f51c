import CallscriptFuzzTargets
import FuzzDriver

#if canImport(Glibc)
    import Glibc
#endif

// Runs `FuzzTargets.lsp` on each input libFuzzer generates (see `Fuzz/README.md`).
var argc = CommandLine.argc
var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
exit(
    LLVMFuzzerRunDriver(&argc, &argv) { data, size in
        FuzzTargets.lsp(data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? [])
        return 0
    })
