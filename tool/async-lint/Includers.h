//===--- Includers.h - async-lint -----------------------------*- C++ -*-===//
//
// Changed-files mode (`git diff --name-only | xargs async-lint`): a header
// given as a path is linted through the units that include it. Which ones is
// learnt by preprocessing every other unit of the database (in workers, -j
// at a time): about the cost of the preprocessor, a fraction of a parse.
//
//===----------------------------------------------------------------------===//

#ifndef ASYNC_LINT_TOOL_INCLUDERS_H
#define ASYNC_LINT_TOOL_INCLUDERS_H

#include "CompileDatabase.h"
#include "llvm/Support/Error.h"

namespace async_lint {

/// Adds to P.Units every unit that reads one of P.OtherFiles; an error for
/// a file that no unit reads.
llvm::Error addIncluders(Project &P, llvm::StringRef Checks, unsigned Jobs);

} // namespace async_lint

#endif // ASYNC_LINT_TOOL_INCLUDERS_H
