//===--- Runner.h - async-lint --------------------------------*- C++ -*-===//
//
// Runs the async-* checks over translation units, in parallel, and turns
// clang-tidy's errors into Findings.
//
//===----------------------------------------------------------------------===//

#ifndef ASYNC_LINT_TOOL_RUNNER_H
#define ASYNC_LINT_TOOL_RUNNER_H

#include "CompileDatabase.h"
#include "Finding.h"
#include "UnitCache.h"
#include "llvm/Support/Error.h"

namespace async_lint {

/// Reads and parses every .clang-tidy a unit would use, so that a broken
/// configuration is a usage error instead of a silently ignored file.
llvm::Error validateConfigFiles(const std::vector<std::string> &Units);

/// Whether the configuration (.clang-tidy files, then \p ExtraChecks)
/// leaves some async-* check enabled for at least one unit of \p P (true
/// when \p P has no unit, as an empty --shard slice).
bool anyCheckEnabled(const Project &P, llvm::StringRef ExtraChecks);

/// The async-* checks the configuration enables for \p File (.clang-tidy
/// files, then \p ExtraChecks), sorted.
std::vector<std::string> enabledChecks(llvm::StringRef File,
                                       llvm::StringRef ExtraChecks);

/// Analyses \p File in this process (a worker's job: see Worker.h); with
/// \p IncludesOnly, only preprocesses it, for the files it reads (Inputs).
UnitResult analyseUnit(const clang::tooling::CompilationDatabase &Database,
                       const std::string &File, llvm::StringRef ExtraChecks,
                       bool IncludesOnly = false);

/// Analyses every unit of \p P, each in a worker process (Worker.h), with
/// \p Jobs of them at a time (0 = all cores).
/// \p ExtraChecks are globs applied after the .clang-tidy files' Checks.
/// With a \p Cache, units whose entry is current are not parsed, and the
/// others' results are stored unless they failed to parse.
std::vector<UnitResult> runUnits(const Project &P, llvm::StringRef ExtraChecks,
                                 unsigned Jobs, UnitCache *Cache = nullptr);

} // namespace async_lint

#endif // ASYNC_LINT_TOOL_RUNNER_H
