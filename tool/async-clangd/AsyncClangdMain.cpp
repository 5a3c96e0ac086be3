//===--- AsyncClangdMain.cpp - async-clangd -------------------------------===//
//
// clangd with the async-* checks linked in. clangd cannot load clang-tidy
// plugins, so this is the way editors get async-* diagnostics as you type.
//
//===----------------------------------------------------------------------===//

#include "DocsLinks.h"
#include "ModuleAnchor.h"

#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/raw_ostream.h"

namespace clang::clangd {
// Debian ships libclangdMain.a but not clangd's headers.
int clangdMain(int Argc, char *Argv[]);
} // namespace clang::clangd

int main(int Argc, char *Argv[]) {
  llvm::SmallVector<char *, 16> Args(Argv, Argv + Argc);
  bool HasResourceDir = false;
  for (llvm::StringRef Arg : llvm::ArrayRef(Argv, Argc).drop_front()) {
    // clangd installs its own version printer, which replaces any extra one,
    // so say which async-lint this is before clangd prints its version.
    if (Arg == "--version" || Arg == "-version")
      llvm::outs() << "async-lint version " ASYNC_LINT_VERSION
                      " (async-clangd: clangd with the async-* checks)\n";
    if (Arg.starts_with("-") && Arg.ltrim('-').starts_with("resource-dir"))
      HasResourceDir = true;
  }
  llvm::outs().flush();
  // clangd looks for clang's builtin headers next to its own binary, which
  // is not where the LLVM installation we were built from keeps them.
  static char ResourceDirArg[] = "--resource-dir=" ASYNC_LINT_RESOURCE_DIR;
  if (!HasResourceDir && llvm::sys::fs::is_directory(ASYNC_LINT_RESOURCE_DIR))
    Args.insert(Args.begin() + 1, ResourceDirArg);
  Args.push_back(nullptr);
  async_clangd::showDocsUrlOption();
  return clang::clangd::clangdMain(Args.size() - 1, Args.data());
}
