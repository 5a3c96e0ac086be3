//===--- DocsLinks.cpp - async-clangd -------------------------------------===//
//
// clangd links every clang-tidy diagnostic to
// https://clang.llvm.org/extra/clang-tidy/checks/<module>/<check>.html
// (clangd/Diagnostics.cpp, getDiagnosticDocURI), a page that cannot exist
// for async-* checks. --docs-url=<base>, as for async-lint, links them to
// <base><check>.md; without it they link nowhere. The transport
// (CorrectingTransport.cpp) applies this to publishDiagnostics.
//
//===----------------------------------------------------------------------===//

#include "DocsLinks.h"

#include "llvm/Support/CommandLine.h"

#include <string>

#ifndef ASYNC_LINT_DOCS_URL
#define ASYNC_LINT_DOCS_URL ""
#endif

namespace {
// Registers with clangd's parser: one command line for both.
llvm::cl::opt<std::string>
    DocsUrl("docs-url",
            llvm::cl::desc("Base URL of the async-* checks' pages: an async-* "
                           "diagnostic links to <url><check>.md (default: "
                           "no link)"),
            llvm::cl::value_desc("url"), llvm::cl::init(ASYNC_LINT_DOCS_URL));
} // namespace

namespace async_clangd {

void showDocsUrlOption() {
  // clangd hides every option outside its own categories, which it does not
  // export; --clang-tidy's is its feature options. (A StringMap in LLVM 19,
  // a DenseMap in 22.)
  auto &Options = llvm::cl::getRegisteredOptions();
  auto ClangTidy = Options.find("clang-tidy");
  if (ClangTidy != Options.end() && !ClangTidy->second->Categories.empty())
    DocsUrl.addCategory(*ClangTidy->second->Categories.front());
}

void linkAsyncDocs(llvm::json::Object &Diagnostic) {
  std::optional<llvm::StringRef> Code = Diagnostic.getString("code");
  if (Diagnostic.getString("source") != "clang-tidy" || !Code ||
      !Code->starts_with("async-"))
    return;
  if (DocsUrl.empty()) {
    Diagnostic.erase("codeDescription");
    return;
  }
  // Built before the insertion, which may move *Code.
  std::string Href = DocsUrl.getValue() + Code->str() + ".md";
  Diagnostic["codeDescription"] = llvm::json::Object{{"href", std::move(Href)}};
}

} // namespace async_clangd
