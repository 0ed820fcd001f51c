import CallscriptMachine

extension PathTestWriter {
    /// A target `OutcomeProof` showed no way can take, written as comments like any `TODO`, with
    /// the reason instead of a path: what the fields its conditions read can still be where the
    /// call reaches the branch. Its size does not grow with the way there, so a long script
    /// with many such outcomes still writes a file in linear time.
    func impossibleTodo(
        _ target: PathTarget, event: String?, proof: OutcomeProof, names: inout Set<String>
    ) -> String {
        var out = "# TODO choose data: no way here gives values that take this outcome\n"
        if case .choice(let s, let i) = target {
            let state = index[s]
            out += "#   " + reason(state, s, i, proof) + "\n"
        }
        let path = PlannedPath(handler: event, steps: [], primary: target, covered: [])
        out += "# test \(quote(name(path, &names)))\n"
        if let event { out += "#   event \(event)\n" }
        return out
    }

    private func reason(_ state: State, _ s: Int, _ i: Int, _ proof: OutcomeProof) -> String {
        let read = state.transitions.prefix(i + 1).compactMap(\.condition).flatMap(\.fields)
        var listed: [Int] = []
        for name in read {
            if let f = proof.fieldNames.firstIndex(of: name), !listed.contains(f) { listed.append(f) }
        }
        guard proof.isReached(s) else {
            return "every way to \(state.id) passes an outcome that cannot come out"
        }
        let parts = listed.compactMap { describe(field: $0, at: s, proof) }
        guard !parts.isEmpty else {
            return "the conditions of \(state.id) leave this outcome no values, whatever the earlier steps"
        }
        return "where the call reaches \(state.id): " + parts.joined(separator: "; ") + " (of the values tried)"
    }

    /// What field `f` can be at state `s`; nil when it can be any value tried (or not captured).
    private func describe(field f: Int, at s: Int, _ proof: OutcomeProof) -> String? {
        let name = proof.fieldNames[f]
        let list = proof.candidates[f]
        let mask = proof.values(f, at: s)
        let unset = mask & 1 != 0
        let values = list.indices.filter { mask & (UInt64(1) << UInt64($0 + 1)) != 0 }
        let isContact = machine.fields.first { $0.name == name }?.origin == .contact
        let type = machine.fields.first { $0.name == name }?.type
        if values.count == list.count && (unset || isContact || list.isEmpty) { return nil }
        if values.isEmpty { return "\(name) is not captured yet" }
        if values.count == list.count { return "\(name) is set" }
        let shown = values.map { k in type.map { literal(list[k].text, $0) } ?? list[k].text }
        return "\(name) can only be \(shown.joined(separator: " or "))" + (unset ? ", or not captured yet" : "")
    }
}
