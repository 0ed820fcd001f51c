import CallscriptMachine

/// What a `TODO choose data` comment says about a target whose values were not found: taken from
/// its shortest path when the search fails, so the path itself (as long as the target is deep)
/// need not be kept until the file is written.
struct PathTodo {
    var primary: PathTarget
    var handler: String?
    /// Conditions on the path, and the last of them that read the target's fields (at most
    /// `listed`), with how many such were left out before them.
    var conditions = 0
    var reading: [String] = []
    var earlier = 0
    /// Whether no search was made (the allowance was spent), so there is no path to describe.
    var searched = true

    /// How many of the conditions reading the target's fields a `TODO` lists: the nearest to the
    /// target. Listing all made the text grow with the depth (on a long campaign every
    /// `customer_since` branch of the way), so a file with many such targets grew with the square.
    static let listed = 16
}

extension PathTestWriter {
    /// The `TODO` of a path whose data could not be chosen.
    func todo(of path: PlannedPath) -> PathTodo {
        var read: Set<String> = []
        if case .choice(let s, let i) = path.primary {
            read = Set(index[s].transitions.prefix(i + 1).compactMap(\.condition).flatMap(\.fields))
        }
        var todo = PathTodo(primary: path.primary, handler: path.handler)
        var reading: [String] = []
        for step in path.steps {
            guard roles[step.position] == .branch, let t = step.transition else { continue }
            todo.conditions += 1
            guard !branchFields[step.position].isDisjoint(with: read) else { continue }
            let state = index.machine.states[step.position]
            let choice = state.transitions[t]
            let fields = state.transitions.prefix(t + 1).compactMap(\.condition).flatMap(\.fields)
            guard fields.contains(where: read.contains) else { continue }
            reading.append(
                "\(state.id) \(choice.kind == .otherwise ? "else" : "if \(choice.condition?.description ?? "?")")")
        }
        todo.earlier = max(0, reading.count - PathTodo.listed)
        todo.reading = Array(reading.suffix(PathTodo.listed))
        return todo
    }

    /// A target whose data could not be chosen, written as comments so the file still passes.
    /// Only the conditions that read the target's fields are listed, to keep it short.
    func todo(_ todo: PathTodo, names: inout Set<String>) -> String {
        var out: String
        if todo.searched {
            out = "# TODO choose data: no contact or captured values were found that take this path\n"
            let through = todo.conditions == 1 ? "1 condition" : "\(todo.conditions) conditions"
            let which =
                todo.earlier == 0
                ? "of which these read the same fields"
                : "of which the last \(todo.reading.count) of \(todo.reading.count + todo.earlier) that read the same fields"
            out += "#   through \(through), \(which): \(todo.reading.joined(separator: "; "))\n"
        } else {
            out =
                "# TODO choose data: not searched: the search along a whole path was made for as many targets as this\n"
            out += "#   file allows (it grows with the script), and deeper targets came first\n"
        }
        let path = PlannedPath(handler: todo.handler, steps: [], primary: todo.primary, covered: [])
        out += "# test \(quote(name(path, &names)))\n"
        if let handler = todo.handler { out += "#   event \(handler)\n" }
        return out
    }
}
