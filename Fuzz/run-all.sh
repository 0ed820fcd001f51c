#!/usr/bin/env bash
# Runs every fuzz target for SECONDS seconds each (default 30); fails if any finds a problem.
#   Fuzz/run-all.sh [SECONDS]
set -uo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-30}
failed=()
for target in check machine contact session calltest audit objections consents callbacks http; do
  Fuzz/run.sh "$target" "$seconds" || failed+=("$target")
done
if [ ${#failed[@]} -gt 0 ]; then
  echo "fuzzing found problems in: ${failed[*]}" >&2
  exit 1
fi
echo "fuzzing: nothing found in any target"
