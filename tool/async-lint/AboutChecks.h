//===--- AboutChecks.h - async-lint ---------------------------*- C++ -*-===//
//
// --list-checks and --explain CHECK: the tool answers about its checks
// without a compilation database.
//
//===----------------------------------------------------------------------===//

#ifndef ASYNC_LINT_TOOL_ABOUTCHECKS_H
#define ASYNC_LINT_TOOL_ABOUTCHECKS_H

#include "llvm/ADT/StringRef.h"

namespace async_lint {

/// Prints the async-* checks the configuration enables for the current
/// directory (.clang-tidy files, then \p ExtraChecks), one per line, as
/// clang-tidy --list-checks does. Returns the exit code.
int listChecks(llvm::StringRef ExtraChecks);

/// Prints docs/checks/<Check>.md: from <bindir>/../share/doc/async-lint/
/// checks/ when installed, else from the source tree async-lint was built
/// from. Returns the exit code (2 for an unknown check or a missing page).
int explainCheck(llvm::StringRef Check);

} // namespace async_lint

#endif // ASYNC_LINT_TOOL_ABOUTCHECKS_H
