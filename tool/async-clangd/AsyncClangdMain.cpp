//===--- AsyncClangdMain.cpp - async-clangd -------------------------------===//
//
// clangd with the async-* checks linked in. clangd cannot load clang-tidy
// plugins, so this is the way editors get async-* diagnostics as you type.
//
//===----------------------------------------------------------------------===//

#include "ModuleAnchor.h"

#include "llvm/ADT/StringRef.h"
#include "llvm/Support/raw_ostream.h"

namespace clang::clangd {
// Debian ships libclangdMain.a but not clangd's headers.
int clangdMain(int Argc, char *Argv[]);
} // namespace clang::clangd

int main(int Argc, char *Argv[]) {
  // clangd installs its own version printer, which replaces any extra one,
  // so say which async-lint this is before clangd prints its version.
  for (int I = 1; I < Argc; ++I) {
    llvm::StringRef Arg = Argv[I];
    if (Arg == "--version" || Arg == "-version") {
      llvm::outs() << "async-lint version " ASYNC_LINT_VERSION
                      " (async-clangd: clangd with the async-* checks enabled)\n";
      llvm::outs().flush();
      break;
    }
  }
  return clang::clangd::clangdMain(Argc, Argv);
}
