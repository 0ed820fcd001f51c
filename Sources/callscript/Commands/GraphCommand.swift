import CallscriptCompiler
import CallscriptDiagnostics
import CallscriptGraph
import CallscriptMachine
import Foundation

/// `callscript graph FILE --format dot|mermaid [-o OUT]`: draw the compiled flow.
struct GraphCommand: Command {
    let name = "graph"
    let summary = "Draw a script's conversation flow as a Graphviz (DOT) or Mermaid graph."
    let usage = "callscript graph [options] FILE [-o OUT]"
    let discussion = """
        Compiles the script and draws its state machine: one box per step, states coloured by
        role, answers and conditions on the arrows, handlers entered "at any moment". When the
        script breaks a compliance rule, the first counterexample conversation is drawn in bold
        red (the diagnostics still go to standard error and the exit status is 1). A script
        that cannot be compiled into a machine is not drawn. Render DOT with Graphviz, e.g.
        `callscript graph winback.call | dot -Tsvg > winback.svg`; paste Mermaid into Markdown.
        """
    let options: [OptionSpec] = [
        .value("--format", "dot|mermaid", help: "Graph language (default: dot)."),
        .value("--output", short: "-o", "OUT", help: "Write the graph to this file instead of standard output."),
        .value("--on", "YYYY-MM-DD", help: "Check dated rules as of this day (default: today)."),
        .value("--color", "auto|always|never", help: "Colour diagnostics (default: auto; NO_COLOR disables)."),
        ScriptSource.stdinNameOption,
    ]

    func run(_ args: Arguments, _ console: Console) throws -> Int32 {
        let format = try args.choice("--format", in: ["dot", "mermaid"], default: "dot")
        let path = try ScriptArgument.one(args, command: "graph")
        let options = try compileOptions(args)
        let mode = try args.choice("--color", in: ["auto", "always", "never"], default: "auto")
        let result: CompileResult
        switch ScriptSource.compile(path, args, options: options, folderMessage: "graph draws one script") {
        case .success(let (compiled, _)): result = compiled
        case .failure(let e):
            console.error(e.message)
            return ExitCode.usage
        }
        let shown = DisplayedResult(result, mainScript: ScriptSource.displayPath(path, args))
        let renderer = TextRenderer(sources: shown.sources, colored: Console.detect(mode: mode).colorErr)
        console.err(renderer.render(shown.diagnostics))
        guard let machine = result.machine else {
            let errors = result.diagnostics.filter { $0.severity == .error }.count
            console.err("cannot draw \(path): no state machine was produced (\(plural(errors, "error")))\n")
            return ExitCode.failure
        }
        // The first counterexample is the one worth seeing; more would tangle the picture.
        let counterexample = result.diagnostics.first { $0.severity == .error && $0.path != nil }?.path
        let graph = FlowGraph(machine: machine, highlighting: counterexample)
        let text = format == "mermaid" ? MermaidGraph(graph).render() : DOTGraph(graph).render()
        if let out = args.value("--output") {
            do { try WrittenFiles.write(text, to: out) } catch { return console.report(error) }
            console.err("wrote \(out) (\(plural(machine.states.count, "state")))\n")
        } else {
            console.out(text)
        }
        return result.hasErrors ? ExitCode.failure : ExitCode.ok
    }
}
