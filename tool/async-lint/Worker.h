//===--- Worker.h - async-lint --------------------------------*- C++ -*-===//
//
// Each translation unit is analysed in a child process (async-lint itself,
// run as a worker), so that a crash in clang or in a check costs that unit
// only: the unit is reported as failed and every other result is kept.
// In-process recovery (llvm::CrashRecoveryContext) cannot promise that: after
// a longjmp out of the frontend, locks the crashing thread held stay held and
// the heap may be corrupt, and a stack overflow on a pool thread has no
// alternate signal stack to run the handler on.
//
//===----------------------------------------------------------------------===//

#ifndef ASYNC_LINT_TOOL_WORKER_H
#define ASYNC_LINT_TOOL_WORKER_H

#include "Finding.h"
#include "llvm/ADT/StringRef.h"

namespace async_lint {

/// argv[1] that makes async-lint a worker; never typed by users.
inline constexpr const char *WorkerFlag = "--unit-worker";

/// The worker's main: async-lint --unit-worker MODE DATABASE FILE OUTPUT
/// CHECKS analyses FILE (MODE "analyse") or only preprocesses it for the
/// files it reads (MODE "includes"), and writes its result as JSON to
/// OUTPUT. Exit 0 when OUTPUT was written (a unit that does not compile
/// included).
int runWorker(int Argc, const char **Argv);

/// Runs a worker for \p File and returns its result; a worker that crashed
/// or failed gives a failed unit whose error says so, with the first line
/// of the crash report. The worker's other stderr output is passed on.
UnitResult analyseInWorker(llvm::StringRef DatabasePath, llvm::StringRef File,
                           llvm::StringRef Checks);

/// The files \p File reads (its Inputs), from a worker that only
/// preprocesses it; Failed when that crashed.
UnitResult includesInWorker(llvm::StringRef DatabasePath,
                            llvm::StringRef File, llvm::StringRef Checks);

} // namespace async_lint

#endif // ASYNC_LINT_TOOL_WORKER_H
