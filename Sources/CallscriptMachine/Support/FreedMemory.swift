#if canImport(Glibc)
    import Glibc
#endif

/// Hands memory the process has freed back to the system.
///
/// glibc's allocator keeps freed small blocks for reuse, so resident memory only ever grows:
/// after `check` has lowered a 100,000-step tree, the tree's freed pages stayed resident beside
/// the machine and its graph, and set the peak. `malloc_trim` returns every whole free page
/// (also between blocks still in use). It costs a walk over the free lists, so it is called
/// once, where much memory has just been freed. Where the C library has no `malloc_trim`
/// (another libc), this does nothing.
public enum FreedMemory {
    public static func release() {
        #if canImport(Glibc)
            typealias Trim = @convention(c) (Int) -> Int32
            guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "malloc_trim") else { return }
            _ = unsafeBitCast(symbol, to: Trim.self)(0)
        #endif
    }
}
