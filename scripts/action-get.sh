#!/usr/bin/env bash
# The GitHub Action's first step (action.yml, docs/github-action.md): gets
# async-lint and records its path as the output async-lint=<path>.
#   INPUT_VERSION empty or "source": build it from the action's own checkout
#     (this repository) into ASYNC_LINT_BUILD_DIR (default: build-action),
#     with ccache so a cached CCACHE_DIR makes it quick.
#   INPUT_VERSION X.Y.Z: install the Debian package of release vX.Y.Z of the
#     action's repository (GITHUB_ACTION_REPOSITORY); needs Debian bookworm.
set -euo pipefail
cd "$(dirname "$0")/.."
version="${INPUT_VERSION:-source}"

sudo=""
if [ "$(id -u)" -ne 0 ]; then
  sudo="sudo"
fi

if [ "$version" = source ]; then
  build="$(realpath -m "${ASYNC_LINT_BUILD_DIR:-build-action}")"
  scripts/install-deps.sh ccache
  # Only what the lint step runs: no tests, no async-clangd.
  cmake -S . -B "$build" -G Ninja -DCMAKE_CXX_COMPILER_LAUNCHER=ccache \
    -DBUILD_TESTING=OFF -DASYNC_LINT_BUILD_CLANGD=OFF >/dev/null
  cmake --build "$build" --target async-lint
  async_lint="$build/bin/async-lint"
else
  repository="${GITHUB_ACTION_REPOSITORY:?unset: the repository to download the release from}"
  arch="$(dpkg --print-architecture)"
  deb="async-lint_${version}_${arch}.deb"
  url="${GITHUB_SERVER_URL:-https://github.com}/$repository/releases/download/v$version/$deb"
  export DEBIAN_FRONTEND=noninteractive
  # apt resolves the package's dependencies (clang-tidy, LLVM's libraries).
  $sudo apt-get update -qq
  if ! command -v curl >/dev/null; then
    $sudo apt-get install -y -qq --no-install-recommends curl ca-certificates >/dev/null
  fi
  tmp="$(mktemp -d)"
  curl -fsSL -o "$tmp/$deb" "$url"
  $sudo apt-get install -y -qq --no-install-recommends "$tmp/$deb" >/dev/null
  async_lint=/usr/bin/async-lint
fi

"$async_lint" --version
if [ -n "${GITHUB_OUTPUT:-}" ]; then
  echo "async-lint=$async_lint" >> "$GITHUB_OUTPUT"
fi
