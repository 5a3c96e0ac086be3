#!/usr/bin/env bash
# The GitHub Action's lint step (action.yml, docs/github-action.md): runs
# async-lint with SARIF output and exits with its exit code. Its inputs come
# from the environment, so the workflow's values are never parsed as shell:
#   ASYNC_LINT              the async-lint to run (default: async-lint on PATH)
#   INPUT_COMPILE_DATABASE  directory holding compile_commands.json (default: build)
#   INPUT_ROOT              project root, SARIF paths are relative to it (default: .)
#   INPUT_BASELINE          baseline file: report only new findings (default: none)
#   INPUT_ARGS              more async-lint arguments, split at whitespace
#   INPUT_SARIF             the SARIF file to write (default: async-lint.sarif)
# With GITHUB_OUTPUT set, it records the outputs sarif=<path> (when the file
# was written) and exit-code=<async-lint's exit code>.
set -uo pipefail

async_lint="${ASYNC_LINT:-async-lint}"
sarif="${INPUT_SARIF:-async-lint.sarif}"
args=(-p "${INPUT_COMPILE_DATABASE:-build}" --root "${INPUT_ROOT:-.}"
      --format=sarif "--output=$sarif")
if [ -n "${INPUT_BASELINE:-}" ]; then
  args+=(--baseline "$INPUT_BASELINE")
fi
read -r -a extra <<< "${INPUT_ARGS:-}"
args+=("${extra[@]}")

status=0
"$async_lint" "${args[@]}" || status=$?
if [ -n "${GITHUB_OUTPUT:-}" ]; then
  if [ -f "$sarif" ]; then
    echo "sarif=$sarif" >> "$GITHUB_OUTPUT"
  fi
  echo "exit-code=$status" >> "$GITHUB_OUTPUT"
fi
exit "$status"
