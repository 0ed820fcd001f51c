/// Continuing a kept walk's call: where to branch off it so that a seed can still come out, and
/// the trail from there.
extension PathWalker {
    /// A trail that continues kept walk `pass.walk`, which reached `s` at `pass.step`, then takes transition `i`; nil
    /// when the values kept there do not allow it. For a branch it branches off at the latest capture, within
    /// `branchBack` steps, of a field the branch reads, so a new value can change the outcome: among the walk's own
    /// captures, or with `throughEarlier`, also those of the walks it continues, when the walk itself asked none of
    /// those fields (a walk that ended at the branch inherits the capture that made it end there). `throughEarlier`
    /// gives nil when it finds the same place as without it.
    mutating func branch(_ s: Int, _ i: Int, from pass: (walk: Int, step: Int), throughEarlier: Bool) -> (Trail, Int)? {
        let (w, k) = pass
        var at = (walk: w, step: k, back: 0)
        var own = k
        if planner.roles[s] == .branch {
            for f in Set(reads[s].joined()) {
                if let step = kept.lastCaptureStep(w, f, before: k), k - step <= Self.branchBack {
                    own = min(own, step)
                    if k - step > at.back { at = (w, step, k - step) }
                } else if throughEarlier, let earlier = earlierCapture(of: f, before: pass), earlier.back > at.back {
                    at = earlier
                }
            }
        }
        if !throughEarlier { at = (w, own, k - own) } else if at.walk == w && at.step == own { return nil }
        walkNumber += 1
        var values = WalkValues(fields: fields.count)
        values.contact = kept.contact(of: at.walk)
        var live = Array(repeating: -1, count: fields.count)
        var inherited: [String: String] = [:]
        for f in fields.indices {
            let choice = kept.liveChoice(at.walk, f, before: at.step)
            guard choice >= 0 else { continue }
            values.inherit(f, choice: choice)
            live[f] = choice
            if self.values[f].indices.contains(choice) { inherited[fields[f].name] = self.values[f][choice].text }
        }
        var trail = Trail(
            handler: nil, values: values, origin: (at.walk, at.step), inherited: inherited, startLive: live)
        let route = kept.steps(from: (at.walk, at.step), to: pass)
        for (q, step) in route.enumerated() {
            let next = q + 1 < route.count ? route[q + 1].position : s
            guard decide(step.position, .toward(next), &trail) != nil else { return nil }
        }
        guard let t = decide(s, .forced(i), &trail) else { return nil }
        return (trail, index.targets[s][t])
    }

    /// The latest capture of field `f` before `pass` in the walks that walk `pass.walk` continues, within
    /// `branchBack` steps of it: the walk, its step and how many steps back; nil when there is none that near.
    private func earlierCapture(of f: Int, before pass: (walk: Int, step: Int)) -> (walk: Int, step: Int, back: Int)? {
        var back = pass.step
        var at = kept.paths[pass.walk].origin
        while let (w, k) = at, back <= Self.branchBack {
            if let step = kept.lastCaptureStep(w, f, before: k) {
                return k - step + back <= Self.branchBack ? (w, step, k - step + back) : nil
            }
            back += k
            at = kept.paths[w].origin
        }
        return nil
    }
}
