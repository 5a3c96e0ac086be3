//===--- NoteFixes.h - async-clangd -----------------------------*- C++ -*-===//
//
// Keeps the fix-its of async-* notes from being preferred code actions.
//
// A check attaches a fix-it to a note when the rewrite changes types or
// ordering: clang-tidy applies it only with --fix-notes. clangd turns it into
// a quick fix titled with the note's text and, when it is the only quick fix,
// marks it preferred; editors apply preferred fixes unasked ("auto fix",
// fix-all on save). NoteFixes.cpp remembers the text of every async-* note
// that carries fix-its; the transport (PreferredFixTransport.cpp) un-prefers
// the quick fixes with those titles on their way to the editor.
//
//===----------------------------------------------------------------------===//

#ifndef ASYNC_LINT_TOOL_ASYNC_CLANGD_NOTEFIXES_H
#define ASYNC_LINT_TOOL_ASYNC_CLANGD_NOTEFIXES_H

#include "llvm/Support/JSON.h"

namespace async_clangd {

// Removes `isPreferred` from the quick fixes among \p Actions (an LSP
// CodeAction array) that come from async-* notes.
void unpreferNoteFixes(llvm::json::Array &Actions);

} // namespace async_clangd

#endif
