#!/usr/bin/env bash
# The README's first command: installs what is missing, builds async-lint and
# runs async-lint over the bundled example project, printing the findings.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
scripts/build.sh

version="${ASYNC_LINT_LLVM_VERSION:-22}"
LLVM_BIN=/usr/lib/llvm-$version/bin
dir=build # where scripts/build.sh built
if [ "$version" != 22 ]; then
  dir="build-$version"
fi
# The example's compile_commands.json, from its own CMake.
cmake -S examples -B "$dir/examples" -G Ninja \
  -DCMAKE_CXX_COMPILER="$LLVM_BIN/clang++" -DCMAKE_EXPORT_COMPILE_COMMANDS=ON >/dev/null

echo "async-lint: checking examples/ (the findings below are the example's deliberate mistakes)"
status=0
"$dir/bin/async-lint" -p "$dir/examples" || status=$?
# 1 means findings, which the example is made to have.
if [ "$status" -ne 0 ] && [ "$status" -ne 1 ]; then
  exit "$status"
fi
