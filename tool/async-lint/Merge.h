//===--- Merge.h - async-lint ---------------------------------*- C++ -*-===//
//
// async-lint merge [--format json|sarif] [--output FILE] FILES...: one report
// from the reports of --shard runs.
//
//===----------------------------------------------------------------------===//

#ifndef ASYNC_LINT_TOOL_MERGE_H
#define ASYNC_LINT_TOOL_MERGE_H

namespace async_lint {

/// \p Argv[0] is "merge". Returns the exit code (Options.h's ExitCode).
int runMerge(int Argc, const char **Argv);

} // namespace async_lint

#endif // ASYNC_LINT_TOOL_MERGE_H
