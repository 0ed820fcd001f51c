import CallscriptCompiler
import CallscriptDiagnostics
import CallscriptMachine
import CallscriptRuntime
import Foundation

/// One campaign the service runs: a script compiled, proven and sealed (its digest fixed) when
/// the service started.
public struct Campaign: Sendable {
    /// The script's path under the scripts folder, without `.call` (`energie-optin/winback`).
    public var id: String
    public var loaded: LoadedMachine
    public var gatePolicy: GatePolicy
}

/// A script that is not served, and why (its first errors, as the compiler wrote them).
public struct RefusedScript: Sendable, Hashable {
    public var path: String
    public var reasons: [String]
}

/// The campaigns of a scripts folder. A script that does not compile or fails its proof is
/// not served: a non-compliant conversation can never reach an agent through the service.
public struct CampaignCatalog: Sendable {
    public private(set) var campaigns: [String: Campaign] = [:]
    public private(set) var refused: [RefusedScript] = []

    public init() {}

    /// Compiles and proves each script (paths as found under `root`) for `day`.
    public static func load(scripts: [String], root: String, on day: CalendarDate) -> CampaignCatalog {
        var catalog = CampaignCatalog()
        let base = root.hasSuffix("/") ? root : root + "/"
        for path in scripts.sorted() {
            var id =
                path.hasPrefix(base) ? String(path.dropFirst(base.count)) : URL(fileURLWithPath: path).lastPathComponent
            if id.hasSuffix(".call") { id.removeLast(5) }
            let result = Compiler.compile(path: path, options: CompileOptions(checkDate: day))
            guard !result.hasErrors, let machine = result.machine else {
                let errors = result.diagnostics.filter { $0.severity == .error }
                let reasons = errors.prefix(3).map {
                    "\($0.range.file):\($0.range.start.line): \($0.message) [\($0.code)]"
                }
                catalog.refused.append(
                    RefusedScript(
                        path: path, reasons: reasons + (errors.count > 3 ? ["and \(errors.count - 3) more"] : [])))
                continue
            }
            do {
                let loaded = try MachineLoader.load(
                    machine, file: URL(fileURLWithPath: path).lastPathComponent, on: day)
                catalog.campaigns[id] = Campaign(id: id, loaded: loaded, gatePolicy: GatePolicy.for(loaded.policy))
            } catch {
                catalog.refused.append(RefusedScript(path: path, reasons: [error.summary]))
            }
        }
        return catalog
    }

    /// A catalog of already loaded machines (tests, embedding).
    public init(_ campaigns: [Campaign]) {
        for c in campaigns { self.campaigns[c.id] = c }
    }

    /// Campaigns in id order.
    public var sorted: [Campaign] { campaigns.values.sorted { $0.id < $1.id } }

    /// The campaign id of a sealed machine's digest, as audit entries name it (the digest itself
    /// for a script this service does not serve).
    public func campaignID(ofDigest digest: String) -> String {
        campaigns.values.first { $0.loaded.digest == digest }?.id ?? digest
    }
}
