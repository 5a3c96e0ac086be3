#!/usr/bin/env bash
# Installs Microsoft's SARIF multitool, which the tests use to validate
# async-lint's SARIF output, into build/tools (project-local, pinned; never
# global). Safe to run again: it does nothing when that version is present.
# Needs node and npm (scripts/install-deps.sh installs them when missing).
set -euo pipefail
cd "$(dirname "$0")/.."

VERSION=5.7.0
prefix="${1:-build}/tools"
if ! command -v npm >/dev/null; then
  echo "async-lint: npm is needed to install @microsoft/sarif-multitool; run scripts/install-deps.sh" >&2
  exit 2
fi
# The tool itself is in a per-platform package: pin that one too.
platform="$(node -p process.platform)"
packages=("@microsoft/sarif-multitool@$VERSION" "@microsoft/sarif-multitool-$platform@$VERSION")
installed="$prefix/node_modules/@microsoft/sarif-multitool-$platform/package.json"
if [ -f "$installed" ] && grep -q "\"version\": *\"$VERSION\"" "$installed"; then
  exit 0
fi

echo "async-lint: installing ${packages[*]} into $prefix"
mkdir -p "$prefix"
npm install --prefix "$prefix" --no-save --no-audit --no-fund --loglevel=error "${packages[@]}"
# npm may skip the package's install script that marks the tool executable.
chmod u+x "$prefix/node_modules/@microsoft/sarif-multitool-$platform/Sarif.Multitool"
