//===--- DocsLinks.h - async-clangd -----------------------------*- C++ -*-===//
//
// Where async-* diagnostics link to (LSP `codeDescription`): our check pages
// under --docs-url, or nowhere.
//
//===----------------------------------------------------------------------===//

#ifndef ASYNC_LINT_TOOL_ASYNC_CLANGD_DOCSLINKS_H
#define ASYNC_LINT_TOOL_ASYNC_CLANGD_DOCSLINKS_H

#include "llvm/Support/JSON.h"

namespace async_clangd {

// Lists --docs-url in --help among clangd's feature options. Call before
// clangd parses the command line.
void showDocsUrlOption();

// Links \p Diagnostic (an LSP Diagnostic), if an async-* one, to
// <docs-url><check>.md, or to nothing without --docs-url.
void linkAsyncDocs(llvm::json::Object &Diagnostic);

} // namespace async_clangd

#endif
