//===--- AsyncFixes.h - async-clangd ----------------------------*- C++ -*-===//
//
// Corrects the quick fixes of async-* diagnostics on their way to the editor:
// a short title in place of the message (FixTitles.h), and never the
// *preferred* mark for a fix that comes from a note.
//
// A check attaches a fix-it to a note when the rewrite changes types or
// ordering: clang-tidy applies it only with --fix-notes. clangd turns it into
// a quick fix titled with the note's text and, when it is the only quick fix,
// marks it preferred; editors apply preferred fixes unasked ("auto fix",
// fix-all on save). AsyncFixes.cpp remembers every async-* fix as clangd's
// diagnostic consumer receives it; the transport (CorrectingTransport.cpp)
// corrects the code actions that carry it.
//
//===----------------------------------------------------------------------===//

#ifndef ASYNC_LINT_TOOL_ASYNC_CLANGD_ASYNCFIXES_H
#define ASYNC_LINT_TOOL_ASYNC_CLANGD_ASYNCFIXES_H

#include "llvm/Support/JSON.h"

namespace async_clangd {

// Corrects the quick fixes among \p Actions (an LSP CodeAction array) that
// fix \p Diagnostic (an LSP Diagnostic: fixes sent inside it) and come from
// async-* fix-its: gives them their short title, and removes `isPreferred`
// from those of notes.
void correctAsyncFixes(llvm::json::Array &Actions,
                       const llvm::json::Object &Diagnostic);

// The same for a code action reply, whose actions each name the diagnostic
// they fix (`diagnostics`).
void correctAsyncFixes(llvm::json::Array &Actions);

} // namespace async_clangd

#endif
