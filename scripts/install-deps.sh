#!/usr/bin/env bash
# Installs the Debian packages async-lint needs to build and run its example,
# plus the packages given as arguments (scripts/install-test-deps.sh passes
# the tests' own), if any is missing. Safe to run again: it installs nothing
# when all are present. Needs root (or sudo) only when something is missing.
set -euo pipefail

# The LLVM versions to build against: ASYNC_LINT_LLVM_VERSIONS="22 19" for
# both (scripts/test.sh), else ASYNC_LINT_LLVM_VERSION, else 22.
packages=()
for version in ${ASYNC_LINT_LLVM_VERSIONS:-${ASYNC_LINT_LLVM_VERSION:-22}}; do
  # the compiler and clang-tidy to build and load the plugin, lit and FileCheck
  packages+=("clang-$version" "clang-tidy-$version" "clang-tools-$version"
             "libclang-$version-dev" "llvm-$version-dev" "llvm-$version-tools")
done
packages+=(
  # Debian's Clang CMake package names gRPC (clangd's remote index)
  libgrpc++-dev libprotobuf-dev protobuf-compiler-grpc
  cmake ninja-build python3
  # the example's library (Boost.Asio, header-only)
  libboost1.81-dev
  "$@"
)

missing=()
for package in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$package")
  fi
done
if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi

echo "async-lint: installing ${missing[*]}"
sudo=""
if [ "$(id -u)" -ne 0 ]; then
  if ! command -v sudo >/dev/null; then
    echo "async-lint: missing packages (${missing[*]}) and not root; install them and run again" >&2
    exit 2
  fi
  sudo="sudo"
fi
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
