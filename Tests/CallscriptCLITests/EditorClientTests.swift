import CallscriptTestSupport
import Foundation
import Testing

/// `callscript lsp` driven by real clients: pytest-lsp for every feature (Tests/LSP), and
/// Debian's Neovim 0.7 with the shipped config. A missing tool fails the test: CI installs
/// them (`.ci/run`).
@Suite(.serialized) struct EditorClientTests {
    @Test func pytestLSPCoversEveryFeature() throws {
        let root = RepositoryPaths.root()
        let probe = try ExternalTool.run(
            "python3", ["-c", "import pytest, pytest_lsp"],
            installHint: "install Python 3 (CI does this in .ci/run)")
        #expect(
            probe.status == 0, "pytest-lsp is not installed: `python3 -m pip install pytest-lsp` (\(probe.stderr))")
        guard probe.status == 0 else { return }
        let r = try ExternalTool.run(
            "env",
            [
                "CALLSCRIPT=\(BuiltBinary.url.path)", "timeout", "600", "python3", "-m", "pytest", "-q",
                "-p", "no:cacheprovider", "-c", root.appendingPathComponent("Tests/LSP/pytest.ini").path,
                "--rootdir", root.appendingPathComponent("Tests/LSP").path,
                root.appendingPathComponent("Tests/LSP").path,
            ], installHint: "env is part of coreutils")
        #expect(r.status == 0, "\(r.stdout)\n\(r.stderr)")
        // Every test ran; none was skipped.
        #expect(r.stdout.contains(" passed") && !r.stdout.contains("skipped"), "\(r.stdout)")
    }

    @Test func neovim07AttachesAndGetsDiagnostics() throws {
        let root = RepositoryPaths.root()
        let out = try BuiltBinary.temporaryFolder().appendingPathComponent("nvim.txt")
        let script = RepositoryPaths.examples.appendingPathComponent("noncompliant/NL-OPTOUT-AT-END.call")
        let path =
            BuiltBinary.url.deletingLastPathComponent().path + ":"
            + (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin")
        let r = try ExternalTool.run(
            "env",
            [
                "PATH=\(path)",
                "CALLSCRIPT_NVIM_CONFIG=\(root.appendingPathComponent("Editors/neovim/callscript-nvim-0.7.lua").path)",
                "CALLSCRIPT_SCRIPT=\(script.path)", "CALLSCRIPT_OUT=\(out.path)",
                "timeout", "90", "nvim", "--headless", "--clean",
                "-c", "luafile \(root.appendingPathComponent("Tests/Editors/nvim_attach.lua").path)",
            ], installHint: "env is part of coreutils")
        #expect(r.status == 0, "\(r.stdout)\n\(r.stderr)")
        let text = (try? String(contentsOf: out, encoding: .utf8)) ?? ""
        #expect(!text.contains("config error"), "\(text)")
        #expect(text.contains("filetype callscript\n"), "\(text)")
        #expect(text.contains("client callscript\n"), "Neovim did not attach the server: \(text)")
        let expected = try String(contentsOf: script, encoding: .utf8).split(
            separator: "\n", omittingEmptySubsequences: false
        )
        .firstIndex { $0.contains("#~ ERROR NL-OPTOUT-AT-END") }.map { $0 + 1 }
        #expect(expected != nil)
        #expect(text.contains("diagnostic \(expected ?? 0) NL-OPTOUT-AT-END"), "\(text)")
    }

    @Test func theNeovim08ConfigIsValidLua() throws {
        // Neovim 0.7 cannot run it (no vim.lsp.start), but it can compile it: a syntax error
        // exits with status 3 (`cquit`), not 0.
        let config = RepositoryPaths.root().appendingPathComponent("Editors/neovim/callscript.lua")
        let check = "lua if not loadfile('\(config.path)') then vim.cmd('cquit 3') end"
        let r = try ExternalTool.run(
            "timeout", ["30", "nvim", "--headless", "--clean", "-c", check, "-c", "qa!"],
            installHint: "install neovim (CI does this in .ci/run)")
        #expect(r.status == 0, "\(r.stdout)\n\(r.stderr)")
    }
}
