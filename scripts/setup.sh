#!/usr/bin/env bash
# The README's first command: installs what is missing, builds async-lint and
# runs async-lint over the bundled example project, printing the findings.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
scripts/build.sh

LLVM_BIN=/usr/lib/llvm-${ASYNC_LINT_LLVM_VERSION:-22}/bin
# The example's compile_commands.json, from its own CMake.
cmake -S examples -B build/examples -G Ninja \
  -DCMAKE_CXX_COMPILER="$LLVM_BIN/clang++" -DCMAKE_EXPORT_COMPILE_COMMANDS=ON >/dev/null

echo "async-lint: checking examples/ (the findings below are the example's deliberate mistakes)"
status=0
build/bin/async-lint -p build/examples || status=$?
# 1 means findings, which the example is made to have.
if [ "$status" -ne 0 ] && [ "$status" -ne 1 ]; then
  exit "$status"
fi
