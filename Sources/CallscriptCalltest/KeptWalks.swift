/// The walks `PathWalker` kept so far, for later walks to follow (the way an earlier walk went
/// to a state) or to continue (branching off its call at a checkpoint): where walks passed each
/// state, and each walk's values as its test writes them.
struct KeptWalks {
    private(set) var paths: [PlannedPath] = []
    /// Where the first kept walk passed each state (-1: none).
    private(set) var firstPass: [(walk: Int, step: Int)]
    /// The first few kept walks that passed each state, and where: places to branch off.
    private(set) var passes: [[(walk: Int, step: Int)]]
    /// Per walk: its final values, per field the numbers of its own captures (in step order),
    /// and per field the choice of the capture live at its first step (-1: none).
    private var values: [WalkValues] = []
    private var ownCaptures: [[[Int]]] = []
    private var startLive: [[Int]] = []

    /// How many walks per state `passes` keeps.
    static let branchCandidates = 4

    init(states: Int) {
        firstPass = Array(repeating: (-1, -1), count: states)
        passes = Array(repeating: [], count: states)
    }

    /// Keeps a walk with its final values and the captures live where it started; returns the states where it became
    /// one of the places to branch off (`passes`).
    mutating func keep(_ path: PlannedPath, values walkValues: WalkValues, startLive live: [Int]) -> [Int] {
        let w = paths.count
        var added: [Int] = []
        for (k, step) in path.steps.enumerated() {
            if firstPass[step.position].walk < 0 { firstPass[step.position] = (w, k) }
            if passes[step.position].count < Self.branchCandidates, passes[step.position].last?.walk != w {
                passes[step.position].append((w, k))
                added.append(step.position)
            }
        }
        paths.append(path)
        var own = Array(repeating: [Int](), count: live.count)
        for (c, capture) in walkValues.captures.enumerated() where capture.step >= 0 { own[capture.field].append(c) }
        values.append(walkValues)
        ownCaptures.append(own)
        startLive.append(live)
        return added
    }

    /// Walk `w`'s candidate for each contact field, the default (0) where it chose none: what
    /// its test writes, so what a call continuing it has.
    func contact(of w: Int) -> [Int] { values[w].contact.map { max($0, 0) } }

    /// The step of walk `w`'s last own capture of field `f` before `step`, if any.
    func lastCaptureStep(_ w: Int, _ f: Int, before step: Int) -> Int? {
        lastCapture(w, f, before: step).map { values[w].captures[$0].step }
    }

    /// The candidate field `f` holds in walk `w`'s call just before `step`: its last own
    /// capture there (the default where the walk chose none), else what was live where the walk
    /// started; -1 when nothing captured it yet.
    func liveChoice(_ w: Int, _ f: Int, before step: Int) -> Int {
        lastCapture(w, f, before: step).map { max(values[w].captures[$0].choice, 0) } ?? startLive[w][f]
    }

    private func lastCapture(_ w: Int, _ f: Int, before step: Int) -> Int? {
        let list = ownCaptures[w][f]
        var (low, high) = (0, list.count)
        while low < high {
            let mid = (low + high) / 2
            if values[w].captures[list[mid]].step < step { low = mid + 1 } else { high = mid }
        }
        return low > 0 ? list[low - 1] : nil
    }

    /// The steps of the first kept walk that passed `s`, up to there, from the start of its
    /// call (through the walks it continues).
    func route(to s: Int) -> (handler: String?, steps: [PlannedPath.Step])? {
        var (w, step) = firstPass[s]
        guard w >= 0 else { return nil }
        var parts: [ArraySlice<PlannedPath.Step>] = []
        while true {
            parts.append(paths[w].steps[..<step])
            guard let origin = paths[w].origin else { break }
            (w, step) = origin
        }
        return (paths[w].handler, parts.reversed().flatMap { $0 })
    }

    /// The steps from `start` (a step of a walk that `end`'s walk continues, or of that walk itself) to just before
    /// `end`, through the walks between.
    func steps(from start: (walk: Int, step: Int), to end: (walk: Int, step: Int)) -> [PlannedPath.Step] {
        var parts: [ArraySlice<PlannedPath.Step>] = []
        var (w, step) = end
        while w != start.walk {
            parts.append(paths[w].steps[..<step])
            guard let origin = paths[w].origin else { return [] }
            (w, step) = origin
        }
        parts.append(paths[w].steps[start.step..<step])
        return parts.reversed().flatMap { $0 }
    }
}
