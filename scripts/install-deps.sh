#!/usr/bin/env bash
# Installs the Debian packages async-lint needs to build, test and run its
# example, if any is missing. Safe to run again: it installs nothing when all
# are present. Needs root (or sudo) only when something is missing.
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
  # real library headers for the tests and the example
  libboost1.81-dev libasio-dev qcoro-qt6-dev
  # the editors the async-clangd editor tests drive (test/clangd/nvim.test,
  # test/clangd/emacs.test); elpa-eglot does not pull in an Emacs itself
  neovim emacs-nox elpa-eglot
)

# npm installs the SARIF multitool the tests validate with
# (scripts/install-sarif-multitool.sh); any node and npm will do.
if ! command -v npm >/dev/null; then
  packages+=(nodejs npm)
fi

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
