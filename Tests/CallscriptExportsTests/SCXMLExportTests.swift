import CallscriptCalltest
import CallscriptCompiler
import CallscriptDiagnostics
import CallscriptExports
import CallscriptMachine
import CallscriptRuntime
import CallscriptTestSupport
import Foundation
import Testing

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// The example campaigns, compiled.
enum ExampleMachines {
    static var scripts: [URL] {
        RepositoryPaths.files(in: RepositoryPaths.examples, withExtension: "call").filter { url in
            (try? String(contentsOf: url, encoding: .utf8))?.contains("script \"") == true
        }
    }

    static var compliant: [URL] { scripts.filter { !$0.path.contains("/noncompliant/") } }
}

@Suite struct SCXMLExportTests {
    /// Collects the elements and the namespace of a document, failing on any XML error.
    final class Elements: NSObject, XMLParserDelegate {
        var names: [String] = []
        var states: [String] = []
        var finals: [String] = []
        var namespaces: Set<String> = []

        func parser(
            _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
            attributes: [String: String] = [:]
        ) {
            names.append(name)
            if let namespaceURI { namespaces.insert(namespaceURI) }
            if name == "state", let id = attributes["id"] { states.append(id) }
            if name == "final", let id = attributes["id"] { finals.append(id) }
        }
    }

    @Test(arguments: ExampleMachines.scripts)
    func exportIsWellFormedSCXMLWithOneStatePerMachineState(script: URL) throws {
        let machine = try #require(Compiler.compile(path: script.path).machine)
        let text = SCXMLExport.document(machine)
        let parser = XMLParser(data: Data(text.utf8))
        parser.shouldProcessNamespaces = true
        let elements = Elements()
        parser.delegate = elements
        #expect(parser.parse(), "\(script.lastPathComponent): \(parser.parserError.map { "\($0)" } ?? "")")
        #expect(elements.namespaces == [SCXMLExport.namespace])
        #expect(elements.names.first == "scxml")
        let machineStates = Set(elements.states).subtracting(["dialling", "call"])
        #expect(machineStates == Set(machine.states.map(\.id)))
        #expect(elements.states.count == machine.states.count + 2)
        #expect(elements.finals == SCXMLExport.finals)
    }

    @Test func conditionsFollowTheRuntimeForUnsetFieldsAndChoices() {
        let fields: [String: FieldType] = ["interest": FieldType(.choice, choices: ["low", "high"])]
        let low = Condition.compare(field: "interest", op: .less, value: Literal(type: .choice, value: "high"))
        #expect(SCXMLDataModel.condition(low, fields: fields) == "(field_interest != None and field_interest < 1)")
        #expect(
            SCXMLDataModel.condition(.not(.isSet(field: "interest")), fields: fields) == "(not field_interest != None)")
        #expect(SCXMLDataModel.python("it's", as: FieldType(.text)) == "'it\\'s'")
        #expect(
            SCXMLEvents.answers([
                Transition(kind: .answer, label: "Nu niet, later wel", answerClass: .later, target: "x"),
                Transition(kind: .answer, label: "Ja!", target: "y"),
                Transition(kind: .answer, label: "ja", target: "z"),
            ]) == [["answer.nu-niet-later-wel", "answer.later"], ["answer.ja"], ["answer.3"]])
    }

    /// python-statemachine 3 loads every export and, on every conversation `callscript paths`
    /// plans for the examples, enters the same machine states in the same order as the Stepper.
    @Test func pythonStatemachineFollowsTheStepperOnEveryPlannedPath() throws {
        let folder = try ExternalTool.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        var traces: [ConversationTrace] = []
        for (n, script) in ExampleMachines.compliant.enumerated() {
            let machine = try #require(Compiler.compile(path: script.path).machine, "\(script.path)")
            let loaded = try MachineLoader.load(
                machine, file: script.lastPathComponent, on: CalendarDate(year: 2026, month: 9, day: 14))
            let chart = "\(n)-\(script.deletingPathExtension().lastPathComponent).scxml"
            try Data(SCXMLExport.document(machine).utf8).write(to: folder.appendingPathComponent(chart))
            let paths = PathsGenerator.generate(machine: machine, script: script.lastPathComponent)
            let (file, diagnostics) = ScriptTestParser.parse(SourceFile(path: "paths.calltest", text: paths.text))
            #expect(diagnostics.filter { $0.severity == .error } == [])
            let parsed = try #require(file)
            #expect(!parsed.tests.isEmpty)
            // A test that continues another's call (`from`) is traced as its whole call.
            for k in parsed.tests.indices {
                traces.append(
                    try ConversationTrace(
                        test: ConversationTrace.wholeCall(k, in: parsed), settings: parsed.settings, loaded: loaded,
                        scxml: chart))
            }
        }
        #expect(traces.count >= 20)
        // The conversations must exercise conditions, handlers and every way of moving on.
        let events = Set(traces.flatMap { $0.inputs.map(\.event) })
        #expect(events.contains("next") && events.contains("objection") && events.contains { $0.hasPrefix("capture.") })
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        let tracesFile = folder.appendingPathComponent("traces.json")
        try encoder.encode(traces).write(to: tracesFile)
        let replay = RepositoryPaths.root().appendingPathComponent("Tests/CallscriptExportsTests/scxml_replay.py")
        let output = try ExternalTool.run(
            "python3", [replay.path, tracesFile.path],
            installHint: "install Python 3 and pip install python-statemachine")
        #expect(output.status != 3, "python-statemachine is missing: \(output.stdout)")
        #expect(output.status == 0, "\(output.stdout)\(output.stderr)")
        #expect(output.stdout.contains("replayed \(traces.count) conversations, 0 disagreements"))
    }
}
