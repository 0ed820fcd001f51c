// swift-tools-version: 6.2
// Fuzz targets for callscript, one libFuzzer executable each. They only build with the
// fuzzer's sanitizer flags, so they live in this package, outside the normal build and tests:
//   Fuzz/run.sh TARGET SECONDS   or   Fuzz/run-all.sh SECONDS
import PackageDescription

let targets = [
    "check", "machine", "contact", "session", "calltest", "audit", "objections", "consents", "callbacks", "http",
    "sessionfile", "journal", "calllist", "retention", "lsp",
]

let package = Package(
    name: "callscript-fuzz",
    dependencies: [.package(name: "callscript", path: "..")],
    targets: [.target(name: "FuzzDriver", path: "Driver")]
        + targets.map { name in
            .executableTarget(
                name: "fuzz-\(name)",
                dependencies: ["FuzzDriver", .product(name: "CallscriptFuzzTargets", package: "callscript")],
                path: "Targets/\(name)")
        }
)
