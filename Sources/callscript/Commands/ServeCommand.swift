import CallscriptConsole
import CallscriptHTTP
import CallscriptIO
import CallscriptMachine
import CallscriptRuntime
import CallscriptService
import Dispatch
import Foundation

/// `callscript serve SCRIPTS`: the runner service for a floor of agents in browsers.
struct ServeCommand: Command {
    let name = "serve"
    let summary = "Run calls for many agents over HTTP: the agent desktop, the /v1 API and the outcome feed."
    let usage = "callscript serve SCRIPTS... [--data DIR] [--host ADDRESS] [--port N] [--allow-from CIDR]..."
    let discussion = """
        Every script under SCRIPTS is compiled and proven at start; a script that fails is not
        served and the reason is logged. Binds 127.0.0.1 by default; every /v1 request needs a
        token from `callscript users add`. The desktop is at http://HOST:PORT/. Stop with Ctrl-C
        (or SIGTERM): running calls can be resumed. See Docs/floor.md and Docs/api.md.
        """
    let options: [OptionSpec] = [
        .value("--data", "DIR", help: "The data folder: records, audit trail, users (default: callscript-data)."),
        .value(
            "--store", "URL",
            help: "Share the records in PostgreSQL (postgres://USER@HOST:PORT/DB); --data then holds only the users."),
        .value("--host", "ADDRESS", help: "The address to listen on (default: 127.0.0.1)."),
        .value("--port", "N", help: "The port (default: 8080; 0 picks a free one and prints it)."),
        .value("--allow-from", "CIDR", help: "Accept clients only from this network (repeatable)."),
        .value("--resume-window", "MINUTES", help: "How long a suspended call may be resumed (default: 30)."),
        .value(
            "--audit-key", "FILE",
            help: "Seal a checkpoint at every call's end; needed for erasure (default: $CALLSCRIPT_AUDIT_KEY)."),
        .flag("--practice", help: "A practice floor: its own data folder, marked as practice; every entry says so."),
        .value("--now", "TIME", help: "In practice only: the gates run as if it were TIME (2026-11-30T10:00)."),
    ]

    func run(_ args: Arguments, _ console: Console) throws -> Int32 {
        guard !args.positionals.isEmpty else {
            throw UsageError(message: "name the scripts folder, e.g. `callscript serve Examples`")
        }
        let port = try Self.port(args.value("--port"))
        var allow = NetworkAllowList()
        for text in args.allValues("--allow-from") {
            switch NetworkAllowList.parse(text) {
            case .success(let network): allow.networks.append(network)
            case .failure(let e): throw UsageError(message: e.message)
            }
        }
        let windowMinutes = Int(args.value("--resume-window") ?? "30")
        guard let windowMinutes, (1...1440).contains(windowMinutes) else {
            throw UsageError(message: "--resume-window takes minutes from 1 to 1440")
        }
        let inputs: [ScriptInput]
        do { inputs = try ScriptDiscovery.collect(args.positionals) } catch {
            console.error(error.message)
            return ExitCode.usage
        }
        let scripts = inputs.filter { !$0.fromFolder || ScriptDiscovery.hasScriptHeader($0.path) }.map(\.path)
        let today = LocalDateTime(Date(), in: TimeZone(identifier: GatePolicy.netherlands.timeZone) ?? .current).date
        let root = args.positionals.count == 1 ? args.positionals[0] : ""
        let catalog = CampaignCatalog.load(scripts: scripts, root: root, on: today)
        for refused in catalog.refused {
            console.err("not served: \(refused.path): \(refused.reasons.joined(separator: "; "))\n")
        }
        guard !catalog.campaigns.isEmpty else {
            console.error("no script passed its proof, so there is nothing to serve")
            return ExitCode.failure
        }
        let dataPath = args.value("--data") ?? "callscript-data"
        // With --store the records are shared in PostgreSQL; the data folder keeps the users.
        let store: any RecordStore
        let storeName: String
        if let url = args.value("--store") {
            let shared = try StoreOption.open(url)
            (store, storeName) = (shared, shared.name)
        } else {
            (store, storeName) = (FileRecordStore(DataFolder(root: URL(fileURLWithPath: dataPath))), dataPath)
        }
        var simulated: Date?
        if let text = args.value("--now") {
            switch CallSetup.parseNow(text, timeZone: GatePolicy.netherlands.timeZone) {
            case .success(let date): simulated = date
            case .failure(let e): throw UsageError(message: "--now \(text): \(e.description)")
            }
        }
        let clock: RuntimeClock
        let key: AuditKey?
        do {
            key = try auditKey(args, option: "--audit-key", outside: URL(fileURLWithPath: dataPath))
            clock = try store.callClock(practice: args.has("--practice"), simulated: simulated, shownAs: storeName)
            for warning in try store.prepare() { console.err("warning: \(warning)\n") }
        } catch { return console.report(error) }
        if key == nil {
            console.err(
                "warning: no audit key: calls are not sealed by checkpoints and erasure is refused (--audit-key FILE)\n"
            )
        }
        let users = FileUserStore(dataFolder: dataPath)
        if (try? users.users().isEmpty) ?? true {
            console.err(
                "warning: no users yet; add one with `callscript users add NAME --role agent --data \(dataPath)`\n")
        }
        let floor = CallFloor(
            catalog: catalog, store: store, clock: clock, resumeWindow: TimeInterval(windowMinutes * 60),
            auditKey: key)
        let service = RunnerService(
            floor: floor, users: users, allowList: allow, assets: { DesktopAssets.asset(path: $0) },
            log: { line in try? StandardStream.write(line + "\n", to: StandardStream.error) })
        let server: HTTPServer
        do throws(HTTPServerError) {
            server = try HTTPServer(host: args.value("--host") ?? "127.0.0.1", port: port) { request, client in
                service.handle(request, from: client)
            }
        } catch {
            console.error(error.message)
            return ExitCode.usage
        }
        for campaign in catalog.sorted {
            console.err("serving \(campaign.id) (\(campaign.loaded.digest.prefix(12)))\n")
        }
        console.out("listening on http://\(server.host):\(server.port)/\n")
        server.start()
        Self.waitForStopSignal()
        server.stop()
        console.err("stopped; suspended and interrupted calls can be resumed\n")
        return ExitCode.ok
    }

    static func port(_ text: String?) throws(UsageError) -> UInt16 {
        guard let text else { return 8080 }
        guard let n = UInt16(text) else { throw UsageError(message: "--port takes a number from 0 to 65535") }
        return n
    }

    /// Blocks until SIGINT or SIGTERM.
    static func waitForStopSignal() {
        let stop = DispatchSemaphore(value: 0)
        var sources: [any DispatchSourceSignal] = []
        for sig in [SIGINT, SIGTERM] {
            signal(sig, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: sig, queue: .global())
            source.setEventHandler { stop.signal() }
            source.resume()
            sources.append(source)
        }
        stop.wait()
        withExtendedLifetime(sources) {}
    }
}
