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

/// Findings are taken in their (sorted: file, offset) order; a finding whose
/// edits overlap an edit of an earlier finding is not applied at all, and
/// recorded in S.FixesNotApplied. Every new file is written to a temporary
/// file beside it before any is renamed over its original, so an error
/// leaves every file as it was.
/// With \p DryRun, nothing is written: the unified diff of every file that
/// would change goes to \p DryRun instead. Paths in the diff and in
/// S.FixesNotApplied are relative to \p Root.
llvm::Error applyFixes(const std::vector<Finding> &Findings, bool WithNotes,
                       Summary &S, llvm::raw_ostream *DryRun = nullptr,
                       llvm::StringRef Root = "");

} // namespace async_lint

#endif // ASYNC_LINT_TOOL_FIXES_H
