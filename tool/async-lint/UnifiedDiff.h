//===--- UnifiedDiff.h - async-lint ---------------------------*- C++ -*-===//
//
// --fix --dry-run: what the fixes would change, as a unified diff that
// `git apply` or `patch -p1` applies from the project root.
//
//===----------------------------------------------------------------------===//

#ifndef ASYNC_LINT_TOOL_UNIFIEDDIFF_H
#define ASYNC_LINT_TOOL_UNIFIEDDIFF_H

#include "llvm/Support/raw_ostream.h"

namespace async_lint {

/// Writes the diff of \p Old to \p New for the file \p Name (relative to the
/// root; "a/" and "b/" are prefixed), hunks with 3 lines of context.
void writeUnifiedDiff(llvm::raw_ostream &OS, llvm::StringRef Name,
                      llvm::StringRef Old, llvm::StringRef New);

} // namespace async_lint

#endif // ASYNC_LINT_TOOL_UNIFIEDDIFF_H
