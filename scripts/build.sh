#!/usr/bin/env bash
# Configures (once) and builds async-lint against LLVM
# ${ASYNC_LINT_LLVM_VERSION:-22}: into build/ for LLVM 22, build-<version>/
# for another (a plugin only loads into clang-tidy of its own major version).
set -euo pipefail
cd "$(dirname "$0")/.."
version="${ASYNC_LINT_LLVM_VERSION:-22}"
dir=build
if [ "$version" != 22 ]; then
  dir="build-$version"
fi
if [ ! -f "$dir/build.ninja" ]; then
  cmake -S . -B "$dir" -G Ninja -DASYNC_LINT_LLVM_VERSION="$version" >/dev/null
fi
cmake --build "$dir"
