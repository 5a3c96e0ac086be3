//===--- Fixes.h - async-lint ---------------------------------*- C++ -*-===//
//
// --fix: applies the findings' fix-its (and with --fix-notes the notes').
//
//===----------------------------------------------------------------------===//

#ifndef ASYNC_LINT_TOOL_FIXES_H
#define ASYNC_LINT_TOOL_FIXES_H

#include "Finding.h"
#include "Report.h"
#include "llvm/Support/Error.h"

namespace async_lint {

/// Findings are taken in their (sorted) order; a finding whose edits overlap
/// an earlier accepted edit is skipped whole. Each file is rewritten through
/// a temporary file and a rename, so it is changed completely or not at all.
llvm::Error applyFixes(const std::vector<Finding> &Findings, bool WithNotes,
                       Summary &S);

} // namespace async_lint

#endif // ASYNC_LINT_TOOL_FIXES_H
