#!/usr/bin/env bash
# Builds the Debian package build/async-lint_<version>_<arch>.deb with CPack
# (cmake/Package.cmake): what `cmake --install` puts under /usr, depending on
# the matching clang-tidy and the shared libraries the tools link.
# dpkg-shlibdeps (Debian's dpkg-dev) computes the latter.
set -euo pipefail
cd "$(dirname "$0")/.."
if ! command -v dpkg-shlibdeps >/dev/null; then
  echo "async-lint: error: dpkg-shlibdeps is missing; install dpkg-dev" >&2
  exit 2
fi
scripts/build.sh
(cd build && cpack -G DEB >/dev/null)
version="$(sed -n 's/^CMAKE_PROJECT_VERSION:STATIC=//p' build/CMakeCache.txt)"
echo "build/async-lint_${version}_$(dpkg --print-architecture).deb"
