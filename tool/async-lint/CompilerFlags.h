//===--- CompilerFlags.h - async-lint -------------------------*- C++ -*-===//
//
// Makes compile commands written for GCC acceptable to clang.
//
//===----------------------------------------------------------------------===//

#ifndef ASYNC_LINT_TOOL_COMPILERFLAGS_H
#define ASYNC_LINT_TOOL_COMPILERFLAGS_H

#include "clang/Tooling/ArgumentsAdjusters.h"
#include <set>
#include <string>

namespace async_lint {

/// Drops the arguments clang's driver rejects (unknown to it, unsupported,
/// or unsupported for the target: GCC-only flags), adding each to
/// \p Dropped; keeps GCC-only warning flags and -Werror from failing the
/// unit; defines standalone Asio's coroutine macros for C++20 and later,
/// which Asio's configuration only enables for GCC or libc++.
clang::tooling::ArgumentsAdjuster
clangCompatibilityAdjuster(std::set<std::string> &Dropped);

} // namespace async_lint

#endif // ASYNC_LINT_TOOL_COMPILERFLAGS_H
