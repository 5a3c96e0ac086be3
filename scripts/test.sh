#!/usr/bin/env bash
# The README's test command: installs what is missing (Debian packages for
# building and for the tests: scripts/install-test-deps.sh; and
# the SARIF multitool into build/tools), builds, and runs every test (lit +
# FileCheck against the real clang-tidy and our own binaries).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-test-deps.sh
scripts/build.sh
# The SARIF validator: without it the SARIF validation test is unsupported.
scripts/install-sarif-multitool.sh build

lit="$(grep -m1 '^ASYNC_LINT_LIT:' build/CMakeCache.txt | cut -d= -f2)"
log="$(mktemp)"
trap 'rm -f "$log"' EXIT
status=0
"$lit" -sv build/test 2>&1 | tee "$log" || status=$?
passed=$(sed -n 's/^ *Passed *: *\([0-9]*\).*/\1/p' "$log" | head -1)
failed=$(sed -n 's/^ *Failed *: *\([0-9]*\).*/\1/p' "$log" | head -1)
echo "lit: ${passed:-0} passed, ${failed:-0} failed"
exit "$status"
