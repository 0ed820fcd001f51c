import CallscriptFuzzTargets
import FuzzDriver

#if canImport(Glibc)
    import Glibc
#endif

// Runs `FuzzTargets.check` on each input libFuzzer generates (see `Fuzz/README.md`).
var argc = CommandLine.argc
var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
exit(
    LLVMFuzzerRunDriver(&argc, &argv) { data, size in
        FuzzTargets.check(data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? [])
        return 0
    })

/// libFuzzer finds this by its C name: a grammar-aware mutation of a script (`ScriptMutator`)
/// for about one call in three, libFuzzer's own byte mutations (with the dictionary) otherwise.
@_cdecl("LLVMFuzzerCustomMutator")
public func customMutator(_ data: UnsafeMutablePointer<UInt8>, _ size: Int, _ maxSize: Int, _ seed: UInt32) -> Int {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    guard let out = ScriptMutator.mutate(bytes, seed: seed, maxSize: maxSize) else {
        return LLVMFuzzerMutate(data, size, maxSize)
    }
    for (i, byte) in out.enumerated() { data[i] = byte }
    return out.count
}

/// libFuzzer's cross-over, added beside its own: a line or block of the second script spliced
/// into the first where its depth fits.
@_cdecl("LLVMFuzzerCustomCrossOver")
public func customCrossOver(
    _ first: UnsafePointer<UInt8>, _ firstSize: Int, _ second: UnsafePointer<UInt8>, _ secondSize: Int,
    _ out: UnsafeMutablePointer<UInt8>, _ maxOutSize: Int, _ seed: UInt32
) -> Int {
    let a = Array(UnsafeBufferPointer(start: first, count: firstSize))
    let b = Array(UnsafeBufferPointer(start: second, count: secondSize))
    guard let spliced = ScriptMutator.crossOver(a, b, seed: seed, maxSize: maxOutSize) else { return 0 }
    for (i, byte) in spliced.enumerated() { out[i] = byte }
    return spliced.count
}
