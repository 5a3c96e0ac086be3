#!/usr/bin/env bash
# The README's test command: installs what is missing (Debian packages for
# building and for the tests: scripts/install-test-deps.sh; and the SARIF
# multitool into each build directory's tools/), builds, and runs every test
# (lit + FileCheck against the real clang-tidy and our own binaries), once
# per supported LLVM: ASYNC_LINT_LLVM_VERSIONS, by default "22 19", built
# into build/ and build-19/. The first version also runs the distribution
# tests (install tree, Debian package, pre-commit, the GitHub action, Bazel)
# and the ecosystem benchmark's own tests; the others run the checks and the
# tools, which is where the LLVM APIs differ.
set -euo pipefail
cd "$(dirname "$0")/.."
versions="${ASYNC_LINT_LLVM_VERSIONS:-22 19}"
ASYNC_LINT_LLVM_VERSIONS="$versions" scripts/install-test-deps.sh
first="${versions%% *}"

log="$(mktemp)"
trap 'rm -f "$log"' EXIT
status=0
total_passed=0
total_failed=0
for version in $versions; do
  dir=build
  if [ "$version" != 22 ]; then
    dir="build-$version"
  fi
  start=$SECONDS
  ASYNC_LINT_LLVM_VERSION="$version" scripts/build.sh
  # The SARIF validator: without it the SARIF validation test is unsupported.
  scripts/install-sarif-multitool.sh "$dir"

  lit="$(grep -m1 '^ASYNC_LINT_LIT:' "$dir/CMakeCache.txt" | cut -d= -f2)"
  scope=()
  if [ "$version" != "$first" ]; then
    scope=(--filter-out '^async-lint :: (install|package|pre-commit|action|bazel|ecosystem)/')
  fi
  "$lit" -sv "${scope[@]}" "$dir/test" 2>&1 | tee "$log" || status=1
  passed=$(sed -n 's/^ *Passed *: *\([0-9]*\).*/\1/p' "$log" | head -1)
  failed=$(sed -n 's/^ *Failed *: *\([0-9]*\).*/\1/p' "$log" | head -1)
  echo "lit (LLVM $version): ${passed:-0} passed, ${failed:-0} failed ($((SECONDS - start)) s with the build)"
  total_passed=$((total_passed + ${passed:-0}))
  total_failed=$((total_failed + ${failed:-0}))
done
echo "lit: $total_passed passed, $total_failed failed"
exit "$status"
