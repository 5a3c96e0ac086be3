#!/bin/sh
# One action of the aspect: clang-tidy with the plugin on one source.
# run_clang_tidy.sh REPORT FAIL CLANG_TIDY ARGS...: clang-tidy's findings go to
# REPORT; with FAIL=1 a finding fails the action, and the findings are shown.
set -u
report="$1"
fail="$2"
shift 2
# clang-tidy prints "N warnings generated." on stderr: keep it out of the log.
# Paths are made relative to the execution root, the same on every machine.
"$@" > "$report.out" 2> "$report.stderr"
status=$?
sed "s|^$PWD/||" "$report.out" > "$report"
rm -f "$report.out"
if [ "$status" -ne 0 ]; then
  cat "$report" "$report.stderr" >&2
  rm -f "$report.stderr"
  exit "$status"
fi
rm -f "$report.stderr"
if [ "$fail" = 1 ] && grep -q ': warning: ' "$report"; then
  cat "$report" >&2
  exit 1
fi
