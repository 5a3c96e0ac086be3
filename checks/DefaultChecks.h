//===--- DefaultChecks.h - async-lint ---------------------------*- C++ -*-===//
//
// When the async-* checks run without being asked for: the one rule that the
// CI gate (async-lint) and the editor (async-clangd) share, so that the same
// project configuration gives the same findings in both.
//
//===----------------------------------------------------------------------===//

#ifndef ASYNC_LINT_CHECKS_DEFAULTCHECKS_H
#define ASYNC_LINT_CHECKS_DEFAULTCHECKS_H

#include "llvm/ADT/StringRef.h"

namespace clang::tidy::async {

/// Whether a clang-tidy `Checks` list has a glob, enabling or disabling,
/// that starts with "async" ("async-*", "-async-busy-wait"). Then the
/// user has decided about them; otherwise the tools add "async-*", so an
/// ordinary project configuration ("-*,bugprone-*") does not switch off the
/// checks of a tool run to apply them.
bool mentionsAsyncChecks(llvm::StringRef Checks);

} // namespace clang::tidy::async

#endif // ASYNC_LINT_CHECKS_DEFAULTCHECKS_H
