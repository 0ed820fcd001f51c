// swift-tools-version: 6.2
// callscript: compile, prove and run outbound call scripts.
//
// The pipeline, one way (a target only sees what is to its left):
//   IO (files and standard streams, errors as values) <- Runtime, Console, LanguageServer, callscript
//   Diagnostics <- Syntax <- Format
//   Diagnostics <- Machine <- Compliance <- Compiler (needs Syntax) <- Reports
//   Machine, Compliance <- Runtime <- Input (agent-input lines) <- Console (the agent's terminal),
//                                                                  Calltest (script tests)
//   Machine <- Graph
//   Machine, Compliance <- Exports (SCXML, Promela and the SPIN second opinion)
//   Runtime, Postgres (libpq by dlopen) <- PostgresStore (the shared record store) <- callscript
//   all of the above <- LanguageServer, Preview (the designer's page on the service's HTTP
//                       server), callscript (thin CLI)
// The runtime and the verifier never see the parser; they work on the compiled machine only.
// The generator and the fuzz targets serve the bench, the tests and Fuzz/, not the CLI.
import PackageDescription

let package = Package(
    name: "callscript",
    products: [
        .executable(name: "callscript", targets: ["callscript"]),
        .executable(name: "callscript-bench", targets: ["callscript-bench"]),
        .library(name: "CallscriptCompiler", targets: ["CallscriptCompiler"]),
        .library(name: "CallscriptRuntime", targets: ["CallscriptRuntime"]),
        // For the fuzz package in `Fuzz/`, which builds this package with the fuzzer's sanitizers.
        .library(name: "CallscriptFuzzTargets", targets: ["CallscriptFuzzTargets"]),
    ],
    targets: [
        // Source positions, diagnostics as values, and their text/JSON renderings.
        .target(name: "CallscriptDiagnostics"),
        // Writing and reading files and standard streams without crashing: errors as values,
        // `-o` written through symlinks and devices. Needs only the system.
        .target(name: "CallscriptIO"),
        // Source text -> tokens -> syntax tree (keeps comments for the formatter).
        .target(name: "CallscriptSyntax", dependencies: ["CallscriptDiagnostics"]),
        // `callscript fmt`: the syntax tree printed in the one layout, comments kept.
        .target(name: "CallscriptFormat", dependencies: ["CallscriptSyntax", "CallscriptDiagnostics"]),
        // The compiled state machine and its semantics: plain data, events, values, calling hours,
        // the one graph, the one JSON writer and digest, decoding and validation. No parser.
        .target(name: "CallscriptMachine", dependencies: ["CallscriptDiagnostics"]),
        // Compliance policies as data and the verifier that proves them on a machine.
        .target(name: "CallscriptCompliance", dependencies: ["CallscriptMachine", "CallscriptDiagnostics"]),
        // Names, types, flow checks and lowering from syntax tree to machine; the check pipeline.
        .target(
            name: "CallscriptCompiler",
            dependencies: [
                "CallscriptSyntax", "CallscriptMachine", "CallscriptCompliance", "CallscriptDiagnostics",
                "CallscriptIO",
            ]),
        // Reports for CI: SARIF, GitHub annotations, the rule catalogue, paths as CI sees them.
        .target(
            name: "CallscriptReports",
            dependencies: [
                "CallscriptCompiler", "CallscriptCompliance", "CallscriptMachine", "CallscriptSyntax",
                "CallscriptDiagnostics",
            ]),
        // Exports that other engines run and verify: SCXML (state charts) and Promela (SPIN).
        .target(
            name: "CallscriptExports",
            dependencies: ["CallscriptMachine", "CallscriptCompliance", "CallscriptDiagnostics"]),
        // The machine as a picture: DOT and Mermaid.
        .target(name: "CallscriptGraph", dependencies: ["CallscriptMachine", "CallscriptDiagnostics"]),
        // HTTP/1.1 on POSIX sockets for `callscript serve`: parser, limits, keep-alive. Needs nothing else.
        .target(name: "CallscriptHTTP"),
        // PostgreSQL through libpq, loaded at run time with dlopen: `swift build` needs nothing.
        .target(name: "CallscriptPostgres"),
        // Runs a compiled machine: pure step function, sessions, gates, records, audit trail.
        .target(
            name: "CallscriptRuntime",
            dependencies: ["CallscriptMachine", "CallscriptCompliance", "CallscriptDiagnostics", "CallscriptIO"]),
        // The record store shared by many machines: the runtime's records in PostgreSQL (through
        // CallscriptPostgres); the runtime itself never depends on it.
        .target(
            name: "CallscriptPostgresStore",
            dependencies: ["CallscriptRuntime", "CallscriptMachine", "CallscriptPostgres"]),
        // The agent-input language: `continue`, `answer`, `capture`, `event`, `suspend` lines, the
        // input part of `.calltest` and the whole of `.answers` files. One lexer, one parser.
        .target(
            name: "CallscriptInput", dependencies: ["CallscriptRuntime", "CallscriptMachine", "CallscriptDiagnostics"]),
        // The `.calltest` language: parser, runner, coverage, JUnit, and the `paths` planner.
        .target(
            name: "CallscriptCalltest",
            dependencies: [
                "CallscriptCompiler", "CallscriptRuntime", "CallscriptMachine", "CallscriptDiagnostics",
                "CallscriptReports", "CallscriptInput",
            ]),
        // The agent's terminal runner: screens, keys, answers files, the run loop.
        .target(
            name: "CallscriptConsole",
            dependencies: [
                "CallscriptCompiler", "CallscriptRuntime", "CallscriptMachine", "CallscriptDiagnostics",
                "CallscriptInput", "CallscriptIO",
            ]),
        // `callscript serve`: a floor of agents on one record store, over HTTP, with users and roles.
        .target(
            name: "CallscriptService",
            dependencies: [
                "CallscriptHTTP", "CallscriptRuntime", "CallscriptCompiler", "CallscriptMachine",
                "CallscriptDiagnostics",
            ]),
        // The language server (LSP over stdio) for editors: diagnostics, formatting, symbols, navigation.
        .target(
            name: "CallscriptLanguageServer",
            dependencies: [
                "CallscriptDiagnostics", "CallscriptSyntax", "CallscriptCompiler", "CallscriptFormat", "CallscriptIO",
                "CallscriptCompliance", "CallscriptReports",
            ]),
        // `callscript preview`: the designer's live page (diagnostics, graph, practice calls saved
        // as `.calltest`) on the service's HTTP server. A tool like the language server: it may
        // use the compiler; nothing depends on it but the CLI.
        .target(
            name: "CallscriptPreview",
            dependencies: [
                "CallscriptHTTP", "CallscriptService", "CallscriptCompiler", "CallscriptCalltest", "CallscriptGraph",
                "CallscriptRuntime", "CallscriptMachine", "CallscriptDiagnostics", "CallscriptReports",
                "CallscriptSyntax", "CallscriptIO",
            ]),
        // The thin command-line front end.
        .executableTarget(
            name: "callscript",
            dependencies: [
                "CallscriptDiagnostics", "CallscriptSyntax", "CallscriptMachine", "CallscriptCompliance",
                "CallscriptCompiler", "CallscriptRuntime", "CallscriptFormat", "CallscriptReports", "CallscriptGraph",
                "CallscriptCalltest", "CallscriptConsole", "CallscriptInput", "CallscriptLanguageServer",
                "CallscriptIO", "CallscriptService", "CallscriptHTTP", "CallscriptPostgresStore", "CallscriptPreview",
                "CallscriptExports",
            ],
            // A release binary carries the Swift runtime and Foundation inside it: it runs on any
            // x86_64 or arm64 Linux with glibc, with no Swift installed on the agents' machines,
            // and it starts in two thirds of the instructions (no symbol lookups in the shared
            // libraries: 35.3 M to 23.2 M for `check` of a small script, see Docs/performance.md).
            swiftSettings: [.unsafeFlags(["-static-stdlib"], .when(platforms: [.linux], configuration: .release))],
            linkerSettings: [.unsafeFlags(["-static-stdlib"], .when(platforms: [.linux], configuration: .release))]),
        // Realistic generated scripts of any size, for the bench, the tests and the fuzzers.
        .target(name: "CallscriptGenerator"),
        // A brute-force second opinion on the verifier and random scripts and machines to compare
        // it on, for the tests and `callscript-bench --only agreement`.
        .target(
            name: "CallscriptReference",
            dependencies: [
                "CallscriptCompiler", "CallscriptCompliance", "CallscriptMachine", "CallscriptDiagnostics",
                "CallscriptGenerator",
            ]),
        // libFuzzer entry points (see Fuzz/); replayed on regression inputs by the tests.
        .target(
            name: "CallscriptFuzzTargets",
            dependencies: [
                "CallscriptCompiler", "CallscriptRuntime", "CallscriptMachine", "CallscriptDiagnostics",
                "CallscriptCalltest", "CallscriptInput", "CallscriptGenerator", "CallscriptHTTP", "CallscriptSyntax",
                "CallscriptLanguageServer",
            ]),
        .executableTarget(
            name: "callscript-bench",
            dependencies: [
                // The CLI is a dependency so that `swift run callscript-bench` builds it too: the
                // benchmark times `callscript check` as a process, start-up included.
                "callscript",
                "CallscriptDiagnostics", "CallscriptSyntax", "CallscriptMachine", "CallscriptCompliance",
                "CallscriptCompiler", "CallscriptRuntime", "CallscriptGenerator", "CallscriptService", "CallscriptHTTP",
                "CallscriptIO", "CallscriptPostgresStore", "CallscriptPostgres", "CallscriptExports",
                "CallscriptReference",
            ]),
        // Shared test helpers: fixture discovery, expected-diagnostic comments (`#~ ERROR ...`),
        // golden files, external tools, and a hand-built machine with findings.
        .target(
            name: "CallscriptTestSupport", dependencies: ["CallscriptDiagnostics", "CallscriptMachine"],
            path: "Tests/Support", exclude: ["start-postgres.sh"]),
        .testTarget(name: "CallscriptIOTests", dependencies: ["CallscriptIO", "CallscriptTestSupport"]),
        .testTarget(
            name: "CallscriptSyntaxTests",
            dependencies: [
                "CallscriptSyntax", "CallscriptDiagnostics", "CallscriptGenerator", "CallscriptTestSupport",
            ],
            exclude: ["Fixtures"]),
        .testTarget(
            name: "CallscriptFormatTests",
            dependencies: [
                "CallscriptFormat", "CallscriptSyntax", "CallscriptCompiler", "CallscriptMachine",
                "CallscriptDiagnostics", "CallscriptTestSupport",
            ],
            exclude: ["FormatFixtures"]),
        .testTarget(
            name: "CallscriptCompilerTests",
            dependencies: [
                "CallscriptCompiler", "CallscriptSyntax", "CallscriptMachine", "CallscriptDiagnostics",
                "CallscriptTestSupport", "CallscriptGenerator",
            ],
            exclude: ["Fixtures"]),
        .testTarget(
            name: "CallscriptComplianceTests",
            dependencies: [
                "CallscriptCompliance", "CallscriptMachine", "CallscriptCompiler", "CallscriptDiagnostics",
                "CallscriptTestSupport", "CallscriptReference", "CallscriptGenerator",
            ]),
        .testTarget(
            name: "CallscriptReportsTests",
            dependencies: [
                "CallscriptReports", "CallscriptCompiler", "CallscriptMachine", "CallscriptDiagnostics",
                "CallscriptTestSupport", "CallscriptCompliance", "CallscriptRuntime", "CallscriptInput",
            ],
            exclude: ["DiffFixtures"]),
        .testTarget(
            name: "CallscriptGraphTests",
            dependencies: ["CallscriptGraph", "CallscriptMachine", "CallscriptDiagnostics", "CallscriptTestSupport"],
            exclude: ["Golden"]),
        .testTarget(
            name: "CallscriptRuntimeTests",
            dependencies: [
                "CallscriptRuntime", "CallscriptMachine", "CallscriptCompliance", "CallscriptDiagnostics",
                "CallscriptIO",
                "CallscriptTestSupport",
            ]),
        .testTarget(
            name: "CallscriptCalltestTests",
            dependencies: [
                "CallscriptCalltest", "CallscriptCompiler", "CallscriptDiagnostics", "CallscriptGenerator",
                "CallscriptInput", "CallscriptRuntime", "CallscriptMachine", "CallscriptTestSupport",
            ],
            exclude: ["ScriptTestFixtures", "Golden"]),
        .testTarget(
            name: "CallscriptConsoleTests",
            dependencies: [
                "CallscriptConsole", "CallscriptRuntime", "CallscriptCompiler", "CallscriptCompliance",
                "CallscriptMachine", "CallscriptTestSupport",
            ]),
        .testTarget(
            name: "CallscriptInputTests",
            dependencies: [
                "CallscriptInput", "CallscriptRuntime", "CallscriptDiagnostics", "CallscriptTestSupport",
            ]),
        .testTarget(
            name: "CallscriptGeneratorTests",
            dependencies: ["CallscriptGenerator", "CallscriptCompiler", "CallscriptDiagnostics", "CallscriptMachine"]),
        .testTarget(
            name: "CallscriptFuzzTargetsTests",
            dependencies: [
                "CallscriptFuzzTargets", "CallscriptCompiler", "CallscriptDiagnostics", "CallscriptTestSupport",
                "CallscriptGenerator",
                "CallscriptSyntax", "CallscriptRuntime",
            ],
            exclude: ["FuzzRegressions"]),
        .testTarget(name: "CallscriptHTTPTests", dependencies: ["CallscriptHTTP", "CallscriptTestSupport"]),
        .testTarget(name: "CallscriptPostgresTests", dependencies: ["CallscriptPostgres"]),
        .testTarget(
            name: "CallscriptPostgresStoreTests",
            dependencies: [
                "CallscriptPostgresStore", "CallscriptPostgres", "CallscriptRuntime", "CallscriptMachine",
                "CallscriptTestSupport",
            ]),
        .testTarget(
            name: "CallscriptServiceTests",
            dependencies: [
                "CallscriptService", "CallscriptHTTP", "CallscriptRuntime", "CallscriptMachine", "CallscriptCompliance",
                "CallscriptTestSupport",
            ]),
        .testTarget(
            name: "CallscriptLanguageServerTests",
            dependencies: [
                "CallscriptLanguageServer", "CallscriptCompiler", "CallscriptDiagnostics", "CallscriptMachine",
                "CallscriptTestSupport",
            ]),
        .testTarget(
            name: "CallscriptExportsTests",
            dependencies: [
                "CallscriptExports", "CallscriptCompiler", "CallscriptCalltest", "CallscriptRuntime",
                "CallscriptGenerator", "CallscriptCompliance", "CallscriptMachine", "CallscriptDiagnostics",
                "CallscriptTestSupport",
            ],
            exclude: ["scxml_replay.py"]),
        .testTarget(
            name: "CallscriptPreviewTests",
            dependencies: [
                "CallscriptPreview", "CallscriptHTTP", "CallscriptCalltest", "CallscriptRuntime", "CallscriptMachine",
                "CallscriptCompiler", "CallscriptDiagnostics", "CallscriptTestSupport",
            ]),
        .testTarget(
            name: "CallscriptCLITests",
            dependencies: [
                "callscript", "CallscriptDiagnostics", "CallscriptTestSupport", "CallscriptPostgresStore",
                "CallscriptPostgres", "CallscriptRuntime",
            ],
            exclude: ["Golden"]),
    ]
)

// Release builds of every target reach a generic type's metadata through its accessor function,
// with the protocol conformances it needs passed in, instead of by its mangled name: the runtime
// checked each such name's requirements by searching the binary's 6,800 conformance records, a
// fixed 5 M instructions at every start (a quarter of `check` of a small script; see
// Docs/performance.md). The binary is 70 KB larger.
for target in package.targets where target.type != .system {
    target.swiftSettings =
        (target.swiftSettings ?? []) + [
            .unsafeFlags(
                ["-Xfrontend", "-disable-concrete-type-metadata-mangled-name-accessors"],
                .when(configuration: .release))
        ]
}
