import CallscriptMachine

/// The values a walk of `PathWalker` has chosen so far. A contact field, or a capture asked on
/// the walk, is free until a condition first reads it; it then gets the candidate (of
/// `PathDataSolver`) that makes that condition come out as the walk needs, and keeps it, as it
/// would in the call. Free values are written as the defaults.
struct WalkValues {
    /// Something a condition can read: a contact field (by field number) or a capture asked on
    /// the walk (by capture number).
    enum Variable: Equatable {
        case contact(Int)
        case capture(Int)
    }

    /// One capture asked on the walk.
    struct Capture {
        var field: Int
        /// The step of the path that asks it.
        var step: Int
        /// Its candidate, -1 while free.
        var choice = -1
    }

    /// Candidate per contact field (by field number; -1 while free or not a contact field).
    var contact: [Int]
    var captures: [Capture] = []
    /// Per field, the capture that holds its value now; -1 before the walk asks it.
    var live: [Int]

    init(fields: Int) {
        contact = Array(repeating: -1, count: fields)
        live = Array(repeating: -1, count: fields)
    }

    /// The capture at `step` asks `field`: from here on conditions read its new value.
    mutating func ask(_ field: Int, at step: Int) {
        live[field] = captures.count
        captures.append(Capture(field: field, step: step))
    }

    /// A value captured before a continuing walk branched off: fixed, and not written again
    /// (its step is -1).
    mutating func inherit(_ field: Int, choice: Int) {
        live[field] = captures.count
        captures.append(Capture(field: field, step: -1, choice: choice))
    }

    /// The variable a condition reading `field` reads now, if it is still free; `contact` says
    /// whether the field comes with the contact.
    func free(_ field: Int, contact isContact: Bool) -> Variable? {
        if isContact { return contact[field] < 0 ? .contact(field) : nil }
        let v = live[field]
        return v >= 0 && captures[v].choice < 0 ? .capture(v) : nil
    }

    /// The candidate a condition reading `field` sees, given the choices `combination` makes for
    /// the free variables `free`; nil when the field has no value (a capture not asked yet).
    func choice(_ field: Int, contact isContact: Bool, free: [Variable], combination: [Int]) -> Int? {
        let variable: Variable
        let fixed: Int
        if isContact {
            variable = .contact(field)
            fixed = contact[field]
        } else {
            let v = live[field]
            guard v >= 0 else { return nil }
            variable = .capture(v)
            fixed = captures[v].choice
        }
        if fixed >= 0 { return fixed }
        guard let slot = free.firstIndex(of: variable) else { return nil }
        return combination[slot]
    }

    /// Gives a free variable its candidate.
    mutating func fix(_ variable: Variable, _ choice: Int) {
        switch variable {
        case .contact(let f): contact[f] = choice
        case .capture(let v): captures[v].choice = choice
        }
    }
}
