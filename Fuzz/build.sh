#!/usr/bin/env bash
# Builds the fuzz targets optimised (-c release: -O and whole-module optimisation) with
# libFuzzer's coverage instrumentation and AddressSanitizer, into .build-fuzz/release/.
#   Fuzz/build.sh            every target
#   Fuzz/build.sh TARGET     one target
set -euo pipefail
cd "$(dirname "$0")/.."
scratch="$(pwd)/.build-fuzz"
# libFuzzer without its main(): SwiftPM gives every executable its own main, which calls
# libFuzzer's driver (Fuzz/Driver). Coverage and AddressSanitizer cover the whole package.
fuzzer_lib=$(ls "$(dirname "$(dirname "$(readlink -f "$(command -v swiftc)")")")"/lib/clang/*/lib/linux/libclang_rt.fuzzer_no_main-x86_64.a | head -1)
# One product at a time: a plain `swift build` here would also build the main package's
# executables (the CLI, the bench) with the sanitizers, which the fuzzers do not need.
targets=("$@")
[ $# -gt 0 ] || targets=(check machine contact session calltest audit objections consents callbacks http sessionfile journal calllist retention lsp)
for target in "${targets[@]}"; do
  (cd Fuzz && swift build -c release --product "fuzz-$target" --scratch-path "$scratch" \
    -Xswiftc -sanitize=address -Xswiftc -sanitize-coverage=edge,trace-cmp,inline-8bit-counters,pc-table \
    -Xlinker "$fuzzer_lib" -Xlinker -lstdc++ 2>&1 | grep -v "Cannot export local symbol" || true)
done
