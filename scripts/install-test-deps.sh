#!/usr/bin/env bash
# Installs what building and running need (scripts/install-deps.sh) plus what
# only the tests use, if any is missing. Safe to run again.
set -euo pipefail
cd "$(dirname "$0")/.."
test_packages=(
  # real library headers the check tests parse
  libasio-dev qcoro-qt6-dev
  # the editors the async-clangd editor tests drive (test/clangd/nvim.test,
  # test/clangd/emacs.test); elpa-eglot does not pull in an Emacs itself
  neovim emacs-nox elpa-eglot
  # the Debian package (scripts/package.sh, test/package): CPack runs file,
  # readelf and dpkg-shlibdeps
  dpkg-dev file binutils
  # the pre-commit hook's test (test/pre-commit) drives pre-commit in a git repository
  pre-commit git
  # the Bazel aspect's test (test/bazel) drives Debian's Bazel
  bazel-bootstrap
)
# npm installs the SARIF multitool the tests validate with
# (scripts/install-sarif-multitool.sh); any node and npm will do.
if ! command -v npm >/dev/null; then
  test_packages+=(nodejs npm)
fi
exec scripts/install-deps.sh "${test_packages[@]}"
