#if canImport(Glibc)
    import Glibc
#endif

/// Lets the heap of a process that is about to allocate much memory at once be backed by the
/// kernel's 2 MiB pages (transparent huge pages) instead of 4 KiB ones.
///
/// `check` of a 100,000-step script touches about 120 MB of fresh memory, page by page: 38,000
/// page faults, which took 0.08 s of system time, a quarter of the run. Linux gives huge pages
/// to memory that asks for them (`madvise(MADV_HUGEPAGE)`; most distributions set
/// `transparent_hugepage` to `madvise`), and one fault then maps 2 MiB. glibc's allocator
/// would do this itself only under an environment variable read at start-up
/// (`GLIBC_TUNABLES=glibc.malloc.hugetlb=1`), so this does it from inside: it makes the
/// allocator grow its heap by `bytes` at once (`M_TOP_PAD`) and keep what is freed
/// (`M_TRIM_THRESHOLD`), has blocks of up to 32 MiB come from that heap rather than from
/// mappings of their own (`M_MMAP_THRESHOLD`), and advises the new part of the heap.
///
/// Untouched pages of the reservation cost address space only. The settings hold for the
/// rest of the process, so this is for a command that does one large piece of work and exits,
/// not for a server. Where the C library is not glibc, or the kernel gives no huge pages, it
/// changes nothing.
public enum HugePageHeap {
    /// Grows the heap by `bytes` (rounded to whole 2 MiB pages) and advises it for huge pages.
    public static func reserve(_ bytes: Int) {
        #if canImport(Glibc)
            // Called through the symbols, not the functions: the optimiser removes a `malloc`
            // whose block is freed unused, and `mallopt` is not in Swift's view of the C library.
            typealias Option = @convention(c) (Int32, Int32) -> Int32
            typealias Allocate = @convention(c) (Int) -> UnsafeMutableRawPointer?
            typealias Free = @convention(c) (UnsafeMutableRawPointer?) -> Void
            let process = UnsafeMutableRawPointer(bitPattern: 0)
            guard bytes > 0, let option = dlsym(process, "mallopt"), let allocate = dlsym(process, "malloc"),
                let release = dlsym(process, "free")
            else { return }
            let mallopt = unsafeBitCast(option, to: Option.self)
            let pad = min(bytes, Int(Int32.max) / 2)
            guard mallopt(topPad, Int32(pad)) == 1, mallopt(trimThreshold, Int32(2 * pad)) == 1 else { return }
            _ = mallopt(mmapThreshold, largestHeapBlock)
            guard let before = sbrk(0) else { return }
            // A block larger than what is left of the heap makes the allocator grow it, by the
            // block and the pad; freed, it is reused by the next allocations.
            let block = unsafeBitCast(allocate, to: Allocate.self)(growthBlock)
            unsafeBitCast(release, to: Free.self)(block)
            guard let after = sbrk(0),
                let advised = wholeHugePages(from: Int(bitPattern: before), to: Int(bitPattern: after)),
                let first = UnsafeMutableRawPointer(bitPattern: advised.lowerBound)
            else { return }
            _ = madvise(first, advised.count, MADV_HUGEPAGE)
        #endif
    }

    /// The part of the new heap `start..<end` that the advice covers: from the first 2 MiB
    /// boundary in it (the pages below belong to blocks already in use) to its end, which the
    /// kernel maps as small pages where it is not a whole huge page. Nil when that is empty.
    static func wholeHugePages(from start: Int, to end: Int) -> Range<Int>? {
        let first = (start + hugePage - 1) & ~(hugePage - 1)
        return end > first ? first..<end : nil
    }

    // glibc's `mallopt` parameters (malloc.h).
    private static let trimThreshold: Int32 = -1
    private static let topPad: Int32 = -2
    private static let mmapThreshold: Int32 = -3
    /// The largest `M_MMAP_THRESHOLD` glibc accepts on a 64-bit system.
    private static let largestHeapBlock: Int32 = 32 << 20
    static let hugePage = 2 << 20
    private static let growthBlock = 1 << 20
}
