import CallscriptHTTP
import CallscriptIO
import CallscriptMachine
import CallscriptPreview
import Foundation

/// `callscript preview FOLDER`: the designer's live page on 127.0.0.1.
struct PreviewCommand: Command {
    let name = "preview"
    let summary = "Open a live preview of a folder's scripts: diagnostics, flow graph, practice calls saved as tests."
    let usage = "callscript preview FOLDER [--port N] [--on YYYY-MM-DD] [--no-dot]"
    let discussion = """
        Serves a page on 127.0.0.1 only, at an address with a random token that every request
        must carry (printed at start; open it in a browser). Pick a script to see its diagnostics,
        refreshed whenever a file is saved, and its flow graph (drawn by Graphviz `dot` when it
        is installed, with the path that breaks a rule in red; as text otherwise). Click through
        the conversation on the runtime's own step function, in practice mode: nothing is
        recorded, no data folder is used. The path taken can be saved as a `.calltest` under the
        script's tests/ folder; it is saved only when `callscript test` passes it. Stop with
        Ctrl-C. See Docs/preview.md.
        """
    let options: [OptionSpec] = [
        .value("--port", "N", help: "The port (default: 0, a free one)."),
        .value("--on", "YYYY-MM-DD", help: "Check dated rules as of this day (default: today)."),
        .flag("--no-dot", help: "Show the flow graph as text even when Graphviz is installed."),
    ]

    func run(_ args: Arguments, _ console: Console) throws -> Int32 {
        guard args.positionals.count == 1, let folder = args.positionals.first else {
            throw UsageError(message: "name one folder of scripts, e.g. `callscript preview Examples`")
        }
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder), isFolder.boolValue else {
            console.error("\(folder): no such folder; preview shows the scripts of a folder")
            return ExitCode.usage
        }
        let port = try ServeCommand.port(args.value("--port") ?? "0")
        let fixedDay = try compileOptions(args).checkDate
        let pinned = args.value("--on") != nil
        let workspace = PreviewWorkspace(folder: folder)
        let dot = args.has("--no-dot") ? nil : GraphPicture.findDot()
        let service = PreviewService(
            workspace: workspace, token: .random(), dot: dot, today: { pinned ? fixedDay : CalendarDate.today() },
            log: { line in try? StandardStream.write(line + "\n", to: StandardStream.error) })
        let server: HTTPServer
        do throws(HTTPServerError) {
            server = try HTTPServer(host: "127.0.0.1", port: port) { request, _ in service.handle(request) }
        } catch {
            console.error(error.message)
            return ExitCode.usage
        }
        let count = workspace.scripts().count
        console.err("practice mode: nothing is recorded; saved tests go to each script's tests/ folder\n")
        if dot == nil { console.err("the flow graph is shown as text (install Graphviz for pictures)\n") }
        console.err("\(plural(count, "script")) in \(folder)\n")
        console.out("preview on \(service.address(port: server.port))\n")
        server.start()
        ServeCommand.waitForStopSignal()
        server.stop()
        return ExitCode.ok
    }
}
