import CallscriptDiagnostics
import CallscriptMachine
import CallscriptSyntax

/// Collects fields, steps, handlers and `start` from every file, reporting duplicates with
/// the first declaration as a related location.
extension Checker {
    mutating func collectDeclarations() {
        // Nearly every item is a step: room for all at once, so the symbol table is not grown
        // (and half empty) at the peak of memory.
        let itemCount = program.files.reduce(0) { $0 + $1.syntax.items.count }
        program.steps.reserveCapacity(itemCount)
        program.stepIndex.reserveCapacity(itemCount)
        for file in program.files.indices {
            // The declarations move from the file's item list into the symbol tables: read in
            // place, every declaration was copied (each of its texts, arrays and names
            // retained) and then released with the list, a tenth of checking.
            var items: [TopLevelItem] = []
            swap(&items, &program.files[file].syntax.items)
            for index in items.indices {
                var item = TopLevelItem.use(Self.movedOut)
                swap(&item, &items[index])
                switch consume item {
                case .use: continue
                case .field(let decl): declareField(decl, in: file)
                case .start(let decl): declareStart(decl, in: file)
                case .step(let decl): declareStep(decl, in: file)
                case .handler(let decl): declareHandler(decl, in: file)
                }
            }
        }
        if program.start == nil, !program.files.isEmpty {
            let main = program.files[0].syntax
            let span =
                main.header.map { Span($0.span.start, $0.name.span.end) } ?? Span(main.span.start, main.span.start)
            reporter.report(
                .missingStart, "the script does not say which step comes first", at: span, in: 0,
                help: program.steps.first.map { "add 'start \($0.name)' after the header" }
                    ?? "add 'start NAME' and a 'step NAME { ... }'")
        }
    }

    /// What an item's slot holds once its declaration has moved into the tables.
    private static let movedOut = UseDeclaration(path: TextLiteral(parts: [], span: Span(0, 0)), span: Span(0, 0))

    private mutating func declareField(_ decl: FieldDeclaration, in file: Int) {
        let name = decl.name.text
        if Vocabulary.builtinPlaceholders.contains(name) {
            reporter.report(
                .fieldShadowsBuiltin, "'\(name)' is a built-in placeholder and cannot be a field name",
                at: decl.name.span,
                in: file, help: "choose another name, such as '\(name)_name'")
            return
        }
        if let first = program.fieldIndex.insertIfAbsent(name, program.fields.count) {
            let earlier = program.fields[first]
            reporter.report(
                .duplicateField, "field '\(name)' is declared twice", at: decl.name.span, in: file,
                related: [reporter.related("first declared here", earlier.decl.name.span, in: earlier.file)],
                help: "remove one declaration or rename it")
            return
        }
        program.fields.append(FieldSymbol(name: name, file: file, decl: decl, type: fieldType(decl.type, in: file)))
    }

    private mutating func fieldType(_ type: TypeExpression, in file: Int) -> FieldType {
        switch type.kind {
        case .text: return FieldType(.text)
        case .number: return FieldType(.number)
        case .yesno: return FieldType(.yesno)
        case .date: return FieldType(.date)
        case .datetime: return FieldType(.datetime)
        case .email: return FieldType(.email)
        case .phone: return FieldType(.phone)
        case .choice(let names):
            var seen: [String: Span] = [:]
            var values: [String] = []
            for name in names {
                if let first = seen[name.text] {
                    reporter.report(
                        .duplicateChoice, "choice value '\(name.text)' is listed twice", at: name.span, in: file,
                        related: [reporter.related("first listed here", first, in: file)],
                        help: "remove the repeated value")
                    continue
                }
                seen[name.text] = name.span
                values.append(name.text)
            }
            return FieldType(.choice, choices: values)
        }
    }

    private mutating func declareStart(_ decl: StartDeclaration, in file: Int) {
        if let first = program.start {
            reporter.report(
                .duplicateStart, "the script has more than one start", at: decl.span, in: file,
                related: [reporter.related("first start here", first.decl.span, in: first.file)],
                help: "keep one 'start' line")
            return
        }
        program.start = (file, decl)
    }

    private mutating func declareStep(_ decl: consuming StepDeclaration, in file: Int) {
        let name = decl.name.text
        // One hash per step: inserted unless a step has the name (which keeps it).
        if let first = program.stepIndex.insertIfAbsent(name, program.steps.count) {
            let earlier = program.steps[first]
            reporter.report(
                .duplicateStep, "step '\(name)' is declared twice", at: decl.name.span, in: file,
                related: [reporter.related("first declared here", earlier.decl.name.span, in: earlier.file)],
                help: "rename one of the steps")
            return
        }
        program.steps.append(StepSymbol(name: name, file: file, decl: decl))
    }

    private mutating func declareHandler(_ decl: consuming HandlerDeclaration, in file: Int) {
        let event = decl.event.text
        guard Vocabulary.events.contains(event) else {
            let hint = suggestion(for: decl.event, in: file, among: Vocabulary.events)
            reporter.report(
                .unknownEvent, "unknown event '\(event)'", at: decl.event.span, in: file,
                notes: ["the events are: \(Vocabulary.events.joined(separator: ", "))"],
                help: hint.help, fixIts: hint.fixIts)
            return
        }
        if let first = program.handlerIndex[event] {
            let earlier = program.handlers[first]
            reporter.report(
                .duplicateHandler, "there is already a handler for 'on \(event)'", at: decl.event.span, in: file,
                related: [reporter.related("first declared here", earlier.decl.event.span, in: earlier.file)],
                help: "merge the two handlers into one")
            return
        }
        program.handlerIndex[event] = program.handlers.count
        program.handlers.append(HandlerSymbol(event: event, file: file, decl: decl))
    }
}
