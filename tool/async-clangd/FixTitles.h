//===--- FixTitles.h - async-clangd -----------------------------*- C++ -*-===//
//
// Titles of the quick fixes of async-* diagnostics: the short one we give
// them, and the one clangd invents for a diagnostic's only fix-it.
//
//===----------------------------------------------------------------------===//

#ifndef ASYNC_LINT_TOOL_ASYNC_CLANGD_FIXTITLES_H
#define ASYNC_LINT_TOOL_ASYNC_CLANGD_FIXTITLES_H

#include "llvm/ADT/StringRef.h"

#include <optional>
#include <string>

namespace clang {
class Diagnostic;
} // namespace clang

namespace async_clangd {

// What the fix-its of \p Info write, as a quick fix title: the first
// `co_await` expression of the rewritten code with the contents of its
// argument lists elided, "use 'co_await send(…)'"; without one,
// "apply the <Check> fix".
std::string shortFixTitle(const clang::Diagnostic &Info, llvm::StringRef Check);

// The title clangd gives the fix of a warning with a single fix-it in place
// of the warning's text ("change 'a' to 'b'", "insert 'b'", "remove 'a'"),
// or nullopt when clangd titles it with the text.
std::optional<std::string> clangdEditTitle(const clang::Diagnostic &Info);

} // namespace async_clangd

#endif
