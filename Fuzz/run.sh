#!/usr/bin/env bash
# Builds one fuzz target (optimised, with libFuzzer and AddressSanitizer: Fuzz/build.sh) and
# runs it for SECONDS seconds on the committed corpus Fuzz/Corpus/TARGET, the working corpus
# of earlier runs, and seeds from Examples/, the test fixtures, Fuzz/Seeds/TARGET and the
# regression inputs in Tests/CallscriptFuzzTargetsTests/FuzzRegressions/TARGET, with the
# dictionary Fuzz/Dictionaries/TARGET.dict where there is one.
#   Fuzz/run.sh TARGET SECONDS [extra libFuzzer flags...]
# CALLSCRIPT_FUZZ_BUILT=1 skips the build (run-all.sh builds every target once).
# TARGET: one of FuzzTargets.names. Exit status 0: nothing found; 1: a crash, a
# timeout or an out-of-memory input, written to fuzz-out/TARGET/ (see Fuzz/README.md).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)

target=${1:?usage: Fuzz/run.sh TARGET SECONDS}
seconds=${2:?usage: Fuzz/run.sh TARGET SECONDS}
shift 2
case "$target" in check|machine|contact|session|calltest|audit|objections|consents|callbacks|http|sessionfile|journal|calllist|retention|lsp) ;; *) echo "unknown fuzz target '$target'" >&2; exit 2 ;; esac

scratch="$root/.build-fuzz"
[ "${CALLSCRIPT_FUZZ_BUILT:-0}" = 1 ] || Fuzz/build.sh "$target"
binary="$scratch/release/fuzz-$target"
[ -x "$binary" ] || { echo "fuzz-$target did not build" >&2; exit 2; }

# The working corpus grows from run to run; the seeds are copied in fresh each time.
corpus="$scratch/corpus/$target"
seeds="$scratch/seeds/$target"
rm -rf "$seeds" && mkdir -p "$corpus" "$seeds"
case "$target" in
  check) i=0; for f in $(find Examples Tests -name '*.call' -size -64k); do cp "$f" "$seeds/seed-$i.call"; i=$((i + 1)); done ;;
  calltest) i=0; for f in $(find Examples Tests -name '*.calltest' -size -64k); do cp "$f" "$seeds/seed-$i.calltest"; i=$((i + 1)); done ;;
esac
[ -d "Fuzz/Seeds/$target" ] && cp Fuzz/Seeds/"$target"/* "$seeds/" 2>/dev/null || true
[ -d "Tests/CallscriptFuzzTargetsTests/FuzzRegressions/$target" ] && cp Tests/CallscriptFuzzTargetsTests/FuzzRegressions/"$target"/* "$seeds/" 2>/dev/null || true

out="$root/fuzz-out/$target"
mkdir -p "$out"
case "$target" in
  check) max_len=16384 ;; machine) max_len=65536 ;; audit) max_len=32768 ;; lsp) max_len=16384 ;; *) max_len=4096 ;;
esac
committed="$root/Fuzz/Corpus/$target"
mkdir -p "$committed"
dict=()
[ -f "Fuzz/Dictionaries/$target.dict" ] && dict=(-dict="Fuzz/Dictionaries/$target.dict")
echo "fuzz-$target: ${seconds}s, $(ls "$seeds" | wc -l) seeds, $(ls "$committed" | wc -l) committed, corpus $(ls "$corpus" | wc -l) inputs"
# The Swift backtracer would wait on a crashing process; libFuzzer reports the crash itself.
# Leak checks are off: the Swift runtime keeps its metadata caches until exit. No allocation
# stacks and a small quarantine: recording a stack trace for every malloc and clearing fresh
# pages took a quarter of the time (replay a finding without these options to see them).
status=0
SWIFT_BACKTRACE=enable=no ASAN_OPTIONS=detect_leaks=0:allocator_may_return_null=1:malloc_context_size=0:quarantine_size_mb=16 \
  "$binary" -max_total_time="$seconds" -timeout=20 -rss_limit_mb=2560 -max_len="$max_len" \
  -print_final_stats=1 -artifact_prefix="$out/" "${dict[@]}" "$@" "$corpus" "$committed" "$seeds" >"$out/log.txt" 2>&1 || status=$?
grep -E "^#[0-9]+ +(DONE|INITED)|stat::number_of_executed_units|stat::average_exec_per_sec" "$out/log.txt" | tail -4 || true
if [ "$status" -ne 0 ]; then
  echo "fuzz-$target FOUND A PROBLEM (exit $status); log: fuzz-out/$target/log.txt" >&2
  grep -E "ERROR|==[0-9]+==|Fatal error|Precondition failed|Test unit written" "$out/log.txt" | head -20 >&2 || true
  echo "Fix it, then add the input to Tests/CallscriptFuzzTargetsTests/FuzzRegressions/$target/ (see Fuzz/README.md)." >&2
  exit 1
fi
echo "fuzz-$target: nothing found"
