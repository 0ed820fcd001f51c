// swift-tools-version: 6.2
// callscript: compile, prove and run outbound call scripts.
// Dependencies point one way: Diagnostics <- Syntax, Machine <- Compliance <- Compiler, Runtime <- Tools <- CLI.
// The runtime and the verifier never see the parser; they work on the compiled machine only.
import PackageDescription

let package = Package(
    name: "callscript",
    products: [
        .executable(name: "callscript", targets: ["callscript"]),
        .executable(name: "callscript-bench", targets: ["callscript-bench"]),
        .library(name: "CallscriptCompiler", targets: ["CallscriptCompiler"]),
        .library(name: "CallscriptRuntime", targets: ["CallscriptRuntime"]),
        // For the fuzz package in `Fuzz/`, which builds this package with the fuzzer's sanitizers.
        .library(name: "CallscriptTools", targets: ["CallscriptTools"]),
    ],
    targets: [
        // Source positions, diagnostics as values, and their text/JSON renderings.
        .target(name: "CallscriptDiagnostics"),
        // Source text -> tokens -> syntax tree (keeps comments for the formatter).
        .target(name: "CallscriptSyntax", dependencies: ["CallscriptDiagnostics"]),
        // The compiled state machine: plain data, its JSON codec and validation. No parser.
        .target(name: "CallscriptMachine", dependencies: ["CallscriptDiagnostics"]),
        // Compliance policies as data and the verifier that proves them on a machine.
        .target(name: "CallscriptCompliance", dependencies: ["CallscriptMachine", "CallscriptDiagnostics"]),
        // Names, types, flow checks and lowering from syntax tree to machine; the check pipeline.
        .target(
            name: "CallscriptCompiler",
            dependencies: ["CallscriptSyntax", "CallscriptMachine", "CallscriptCompliance", "CallscriptDiagnostics"]),
        // Runs a compiled machine: pure step function, sessions, gates, records, audit trail.
        .target(name: "CallscriptRuntime", dependencies: ["CallscriptMachine", "CallscriptCompliance", "CallscriptDiagnostics"]),
        // Authoring and CI tools built on the above: reports, formatter, graphs, script tests.
        .target(
            name: "CallscriptTools",
            dependencies: [
                "CallscriptSyntax", "CallscriptMachine", "CallscriptCompliance", "CallscriptCompiler",
                "CallscriptRuntime", "CallscriptDiagnostics",
            ]),
        // The language server (LSP over stdio) for editors: diagnostics, formatting, symbols, navigation.
        .target(
            name: "CallscriptLanguageServer",
            dependencies: [
                "CallscriptDiagnostics", "CallscriptSyntax", "CallscriptMachine", "CallscriptCompiler",
                "CallscriptCompliance", "CallscriptTools",
            ]),
        // The thin command-line front end.
        .executableTarget(
            name: "callscript",
            dependencies: [
                "CallscriptDiagnostics", "CallscriptSyntax", "CallscriptMachine", "CallscriptCompliance",
                "CallscriptCompiler", "CallscriptRuntime", "CallscriptTools", "CallscriptLanguageServer",
            ]),
        .executableTarget(
            name: "callscript-bench",
            dependencies: [
                // The CLI is a dependency so that `swift run callscript-bench` builds it too: the
                // benchmark times `callscript check` as a process, start-up included.
                "callscript",
                "CallscriptDiagnostics", "CallscriptSyntax", "CallscriptMachine", "CallscriptCompliance",
                "CallscriptCompiler", "CallscriptRuntime", "CallscriptTools",
            ]),
        // Shared test helpers: fixture discovery and expected-diagnostic comments (`#~ ERROR ...`).
        .target(name: "CallscriptTestSupport", dependencies: ["CallscriptDiagnostics"], path: "Tests/Support"),
        .testTarget(
            name: "CallscriptSyntaxTests",
            dependencies: ["CallscriptSyntax", "CallscriptDiagnostics", "CallscriptTestSupport"],
            exclude: ["Fixtures"]),
        .testTarget(
            name: "CallscriptCompilerTests",
            dependencies: [
                "CallscriptCompiler", "CallscriptSyntax", "CallscriptMachine", "CallscriptDiagnostics",
                "CallscriptTestSupport",
            ],
            exclude: ["Fixtures"]),
        .testTarget(
            name: "CallscriptComplianceTests",
            dependencies: [
                "CallscriptCompliance", "CallscriptMachine", "CallscriptCompiler", "CallscriptDiagnostics",
                "CallscriptTestSupport",
            ]),
        .testTarget(
            name: "CallscriptRuntimeTests",
            dependencies: [
                "CallscriptRuntime", "CallscriptMachine", "CallscriptCompiler", "CallscriptCompliance",
                "CallscriptTestSupport",
            ]),
        .testTarget(
            name: "CallscriptToolsTests",
            dependencies: ["CallscriptTools", "CallscriptCompiler", "CallscriptSyntax", "CallscriptTestSupport"],
            exclude: ["Golden", "FormatFixtures", "ScriptTestFixtures", "FuzzRegressions"]),
        .testTarget(
            name: "CallscriptLanguageServerTests",
            dependencies: ["CallscriptLanguageServer", "CallscriptDiagnostics", "CallscriptTestSupport"]),
        .testTarget(
            name: "CallscriptCLITests", dependencies: ["callscript", "CallscriptDiagnostics", "CallscriptTestSupport"],
            exclude: ["Golden"]),
    ]
)
