import CallscriptCompiler
import CallscriptDiagnostics
import CallscriptMachine
import CallscriptReports
import Foundation

/// `callscript certify SCRIPT`: a proof certificate for one version of a script.
struct CertifyCommand: Command {
    let name = "certify"
    let summary = "Write a proof certificate for one script version (HTML for A4, or JSON)."
    let usage = "callscript certify [options] SCRIPT [-o FILE]"
    let discussion = """
        Compiles and proves SCRIPT (`-` reads standard input) and writes what was proven: the
        header, the policy and its version, the day dated rules were checked for, the compiler,
        the machine digest, and per rule its verdict, what was proven and its legal source; a
        broken rule with its counterexample conversation. The JSON follows
        Docs/schemas/certificate.schema.json.
        Exit status: 0 every rule holds, 1 a rule is broken or the script has errors, 2 usage or I/O error.
        """
    let options: [OptionSpec] = [
        .value("--format", "html|json", help: "Certificate format (default: html)."),
        .value("--on", "YYYY-MM-DD", help: "Check dated rules as of this day (default: today)."),
        .value("--output", short: "-o", "FILE", help: "Write the certificate to this file (default: standard output)."),
        ScriptSource.stdinNameOption,
        .flag("--quiet", short: "-q", help: "Print only errors."),
    ]

    func run(_ args: Arguments, _ console: Console) throws -> Int32 {
        let path = try ScriptArgument.one(args, command: "certify")
        let format = try args.choice("--format", in: ["html", "json"], default: "html")
        let options = try compileOptions(args)
        let (result, shownPath): (CompileResult, String)
        switch ScriptSource.compile(
            path, args, options: options, folderMessage: "certify takes one script (a certificate is for one version)")
        {
        case .success(let r): (result, shownPath) = r
        case .failure(let e):
            console.error(e.message)
            return ExitCode.usage
        }
        let shown = DisplayedResult(result, mainScript: shownPath)
        guard let certificate = Certificate.make(result, mainScript: shownPath, checkedOn: options.checkDate) else {
            console.report(shown.diagnostics.filter { $0.severity == .error }, sources: shown.sources)
            console.err("certify: \(shownPath) has errors that prevent compiling it; fix them first\n")
            return ExitCode.failure
        }
        // Findings of rules are in the certificate; other errors (a language error) block it.
        let ruleIDs = Set(certificate.rules.map { $0.id.uppercased() })
        let other = shown.diagnostics.filter { $0.severity == .error && !ruleIDs.contains($0.code.uppercased()) }
        if !other.isEmpty {
            console.report(other, sources: shown.sources)
            return ExitCode.failure
        }
        let text =
            format == "json"
            ? String(decoding: try certificate.encoded(), as: UTF8.self) + "\n"
            : CertificateHTML.render(certificate)
        if let out = args.value("--output") {
            do { try WrittenFiles.write(text, to: out) } catch { return console.report(error) }
            if !args.has("--quiet") {
                let s = certificate.summary
                console.err("wrote \(out): \(s.proven) proven, \(s.broken) broken, \(s.warnings) with warnings\n")
            }
        } else {
            console.out(text)
        }
        if certificate.summary.broken > 0 {
            let broken = certificate.rules.filter { $0.verdict == .broken }.map(\.id)
            console.error("\(shownPath) breaks \(plural(broken.count, "rule")): \(broken.joined(separator: ", "))")
            return ExitCode.failure
        }
        return ExitCode.ok
    }
}
