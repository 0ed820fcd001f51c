#!/usr/bin/env bash
# Minimises what fuzzing found into the committed corpus: libFuzzer's -merge=1 keeps only the
# inputs that add coverage, out of Fuzz/Corpus/TARGET, the working corpus and the seeds.
#   Fuzz/merge.sh TARGET...      (after Fuzz/run.sh TARGET; does not build)
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
for target in "$@"; do
  binary="$root/.build-fuzz/release/fuzz-$target"
  [ -x "$binary" ] || { echo "build fuzz-$target first (Fuzz/build.sh $target)" >&2; exit 2; }
  merged="$root/.build-fuzz/merged/$target"
  rm -rf "$merged" && mkdir -p "$merged" "Fuzz/Corpus/$target"
  SWIFT_BACKTRACE=enable=no ASAN_OPTIONS=detect_leaks=0:allocator_may_return_null=1:malloc_context_size=0:quarantine_size_mb=16 \
    "$binary" -merge=1 -timeout=20 -rss_limit_mb=2560 "$merged" "Fuzz/Corpus/$target" \
    ".build-fuzz/corpus/$target" ".build-fuzz/seeds/$target" >"$root/.build-fuzz/merge-$target.log" 2>&1
  rm -f "Fuzz/Corpus/$target"/*
  cp "$merged"/* "Fuzz/Corpus/$target/"
  echo "$target: $(ls "Fuzz/Corpus/$target" | wc -l) inputs, $(du -sk "Fuzz/Corpus/$target" | cut -f1) KB" \
    "($(grep -oE 'cov: [0-9]+' "$root/.build-fuzz/merge-$target.log" | tail -1))"
done
