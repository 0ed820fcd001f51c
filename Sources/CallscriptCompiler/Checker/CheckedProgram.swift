import CallscriptCompliance
import CallscriptMachine
import CallscriptSyntax

/// A declared field, with its type as the machine stores it.
struct FieldSymbol: Sendable {
    var name: String
    var file: Int
    var decl: FieldDeclaration
    var type: FieldType
    var origin: Field.Origin { decl.origin == .contact ? .contact : .capture }
}

struct StepSymbol: Sendable {
    var name: String
    var file: Int
    var decl: StepDeclaration
}

struct HandlerSymbol: Sendable {
    var event: String
    var file: Int
    var decl: HandlerDeclaration
}

/// The program after name and type checking: every declaration of every file, indexed by
/// name, in source order (main file first). Lowering trusts it only when there were no errors.
struct CheckedProgram: Sendable {
    /// The loaded files. Their trees keep the header and the comments; the declarations are
    /// in `fields`, `steps`, `handlers` and `start` only, not in `syntax.items` as well.
    var files: [LoadedFile]
    /// The header as compiled; nil when the main file has none or a required entry is missing.
    var info: ScriptInfo?
    /// The selected policy; nil when unknown.
    var policy: Policy?
    var principalDeclared = false
    var fields: [FieldSymbol] = []
    var fieldIndex = NameIndex()
    var steps: [StepSymbol] = []
    var stepIndex = NameIndex()
    var handlers: [HandlerSymbol] = []
    var handlerIndex: [String: Int] = [:]
    var start: (file: Int, decl: StartDeclaration)?
    /// Every body's jumps as step indices, filled once the declarations are collected.
    var jumps = JumpTargets()

    init(files: consuming [LoadedFile]) { self.files = files }

    /// Calls `read` with the body of node `node` (steps first, then handlers) borrowed where it
    /// is: a body passed on from `steps[i].decl.body` was copied, its arrays and texts retained
    /// and released, once per step in each of the passes that read every body.
    func withBody<R>(_ node: Int, _ read: (borrowing StepBody) throws -> R) rethrows -> R {
        if node < steps.count {
            return try steps.withUnsafeBufferPointer { try read($0[node].decl.body) }
        }
        return try handlers.withUnsafeBufferPointer { try read($0[node - steps.count].decl.body) }
    }
}

/// Names the language gives meaning to (public for editors: completion and hover).
public enum Vocabulary {
    public static let builtinPlaceholders: [String] = ["agent", "company", "principal", "caller_id"]
    public static let events: [String] = CallEvent.handleable.map(\.rawValue)
    public static let answerClasses: [String] = ["yes", "no", "later"]
    static let requiredHeaderEntries: [String] = ["company", "caller-id", "sector", "audience"]
    static let defaultPolicy = "nl-telemarketing"
}
