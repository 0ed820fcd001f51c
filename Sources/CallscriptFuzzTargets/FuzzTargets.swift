import CallscriptCalltest
import CallscriptCompiler
import CallscriptDiagnostics
import CallscriptGenerator
import CallscriptHTTP
import CallscriptInput
import CallscriptMachine
import CallscriptRuntime
import Foundation

/// The code each libFuzzer target runs on one input (see `Fuzz/`), shared with the regression
/// tests that replay every input a fuzzer ever crashed on. Each entry must return normally for
/// any bytes; a broken invariant is a `preconditionFailure`, which the fuzzer reports as a crash.
public enum FuzzTargets {
    /// The names `Fuzz/run.sh` accepts, one libFuzzer executable each.
    public static let names = [
        "check", "machine", "contact", "session", "calltest", "audit", "objections", "consents", "callbacks", "http",
        "sessionfile", "journal", "calllist", "retention", "lsp",
    ]

    /// Runs the target `name` on `bytes`.
    public static func run(_ name: String, _ bytes: [UInt8]) {
        switch name {
        case "check": check(bytes)
        case "machine": machine(bytes)
        case "contact": contact(bytes)
        case "session": session(bytes)
        case "calltest": calltest(bytes)
        case "audit": audit(bytes)
        case "objections": objections(bytes)
        case "consents": consents(bytes)
        case "callbacks": callbacks(bytes)
        case "http": http(bytes)
        case "sessionfile": sessionfile(bytes)
        case "journal": journal(bytes)
        case "calllist": calllist(bytes)
        case "retention": retention(bytes)
        case "lsp": lsp(bytes)
        default: preconditionFailure("unknown fuzz target '\(name)'")
        }
    }

    static let date = CalendarDate(year: 2026, month: 3, day: 3)

    /// A shared file scripts may `use`, so the fuzzer reaches the loader's second file.
    static let sharedFile = """
        step afsluiting {
          optout "Wilt u in het vervolg niet meer gebeld worden? Dan noteer ik dat nu."
          end
        }

        """

    /// The whole `check` pipeline on script text: lex, parse, check, flow, lower, verify, and
    /// the rendering of every diagnostic. A machine without errors must pass the runtime's
    /// validator: the compiler never writes a machine the runner would refuse as malformed.
    public static func check(_ bytes: [UInt8]) {
        let sources = InMemorySources(files: ["main.call": bytes, "gedeeld/afsluiting.call": Array(sharedFile.utf8)])
        let result = Compiler.compile(main: "main.call", from: sources, options: CompileOptions(checkDate: date))
        // The first few diagnostics only: rendering is the same code for each, and a mutated
        // input with hundreds of errors would otherwise spend most of its time drawing excerpts.
        _ = TextRenderer(sources: result.sources, colored: false).render(Array(result.diagnostics.prefix(8)))
        for d in result.diagnostics {
            guard let source = result.sources[d.range.file] else { continue }
            precondition(d.range.start.offset <= d.range.end.offset, "diagnostic range runs backwards: \(d.code)")
            precondition(
                d.range.end.offset <= source.bytes.count, "diagnostic range past the end of the file: \(d.code)")
        }
        if let machine = result.machine, !result.hasErrors {
            let problems = MachineValidator.validate(machine, file: "main.machine.json")
            precondition(problems.isEmpty, "compiled machine is invalid: \(problems.map(\.message))")
        }
    }

    /// Loading a compiled machine file: decode, validate, digest, re-verify. A changed file
    /// fails its digest, so whatever decodes is also sealed again and loaded, to take the
    /// validator and the verifier through arbitrary graphs.
    public static func machine(_ bytes: [UInt8]) {
        let data = Data(bytes)
        _ = try? MachineLoader.load(data, file: "fuzz.machine.json", on: date)
        guard case .success(let decoded) = MachineDecoding.decode(data, file: "fuzz.machine.json") else { return }
        _ = try? MachineLoader.load(CanonicalJSON.sealed(decoded), file: "fuzz.machine.json", on: date)
    }

    /// Reading a contact file and typing its fields for a machine.
    public static func contact(_ bytes: [UInt8]) {
        guard let contact = try? Contact.decode(Data(bytes), file: "contact.json") else { return }
        guard let loaded = sessionMachine else { return }
        _ = try? contact.values(for: loaded.machine)
    }

    /// A call driven by arbitrary agent input. Every input either goes through or is refused
    /// with nothing changed; the screen can always be drawn; a saved session restores to the
    /// same state.
    public static func session(_ bytes: [UInt8]) {
        guard let loaded = sessionMachine,
            let context = try? CallContext(loaded: loaded, contact: sessionContact, agent: "Sanne")
        else { return }
        var state = Stepper.start(context).state
        var i = 0
        while i < bytes.count, !state.isEnded {
            let op = bytes[i]
            i += 1
            let input: SessionInput
            switch op % 8 {
            case 0, 1, 2: input = .continue
            case 3, 4: input = .answer(Int(op / 8) % 5 - 1)
            case 5:
                let length = min(Int(op / 8), bytes.count - i)
                input = .capture(String(decoding: bytes[i..<(i + length)], as: UTF8.self))
                i += length
            case 6:
                input = .capture(
                    ["anna@example.nl", "high", "2026-03-10T14:30", "te vaak gebeld", ""][Int(op / 8) % 5])
            default: input = .event(CallEvent.allCases[Int(op / 8) % CallEvent.allCases.count])
            }
            do {
                state = try Stepper.step(state, input, context).state
            } catch {
                _ = error.description
            }
            _ = Stepper.prompt(state, context)
            let snapshot = SessionSnapshot(session: "fuzz", contact: sessionContact.id, agent: "Sanne", state: state)
            guard let decoded = try? SessionSnapshot.decode(snapshot.encoded(), file: "fuzz.json"),
                let restored = try? decoded.restore(on: loaded)
            else { preconditionFailure("a saved session does not load again") }
            precondition(restored == state, "a saved session restores to another state")
        }
    }

    /// Reading a `.calltest` file, and the same bytes as an answers file (one input language),
    /// and rendering what they report.
    public static func calltest(_ bytes: [UInt8]) {
        let source = SourceFile(path: "fuzz.calltest", bytes: bytes)
        let (_, diagnostics) = ScriptTestParser.parse(source)
        let (lines, answersDiagnostics) = AnswersFile.parse(source)
        _ = TextRenderer(sources: [source.path: source], colored: false).render(diagnostics + answersDiagnostics)
        for d in diagnostics + answersDiagnostics where d.range.file == source.path {
            precondition(d.range.start.offset <= d.range.end.offset, "diagnostic range runs backwards: \(d.code)")
            precondition(d.range.end.offset <= bytes.count, "diagnostic range past the end of the file: \(d.code)")
        }
        for line in lines {
            precondition(line.range.end.offset <= bytes.count, "input line past the end of the file")
        }
    }

    static let sessionContact = Contact(
        id: "K-1001", phone: "+31612345678",
        fields: ["first_name": "Anna", "age": "42", "customer_since": "2019-05-01"])

    /// A generated script with every statement kind, compiled once per process.
    static let sessionMachine: LoadedMachine? = {
        var files = ScriptGenerator(steps: 40, seed: 9).generate()
        let main = files.removeValue(forKey: ScriptGenerator.mainFile) ?? ""
        let result = Compiler.compile(
            source: main, path: ScriptGenerator.mainFile, files: files, options: CompileOptions(checkDate: date))
        guard let machine = result.machine, !result.hasErrors else { return nil }
        return try? MachineLoader.load(machine, file: "fuzz.machine.json", on: date)
    }()

    /// The HTTP request parser on any bytes, fed whole and in two pieces: it returns a request,
    /// asks for more, or refuses with a 4xx or 5xx status; a request never consumes more bytes
    /// than it was given, and a prefix never yields a different request than the whole.
    public static func http(_ bytes: [UInt8]) {
        let parser = RequestParser(limits: HTTPLimits(maxHeaderBytes: 2048, maxBodyBytes: 1024))
        let whole = parser.parse(bytes)
        switch whole {
        case .request(let request, let consumed):
            precondition(consumed > 0 && consumed <= bytes.count, "consumed \(consumed) of \(bytes.count) bytes")
            precondition(request.body.count <= 1024, "a body over the limit was accepted")
            precondition(request.path.hasPrefix("/"), "a path that does not start with '/'")
        case .failed(let error):
            precondition((400...599).contains(error.status), "refused with status \(error.status)")
            precondition(!error.message.isEmpty, "a refusal without a message")
        case .incomplete: break
        }
        guard bytes.count > 1 else { return }
        let cut = bytes.count / 2
        if case .request(let early, let used) = parser.parse(Array(bytes[0..<cut])) {
            guard case .request(let full, let fullUsed) = whole else {
                preconditionFailure("a prefix parsed as a request, the whole input did not")
            }
            precondition(early == full && used == fullUsed, "a prefix parsed as another request")
        }
    }
}
