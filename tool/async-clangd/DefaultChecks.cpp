//===--- DefaultChecks.cpp - async-clangd ---------------------------------===//
//
// Makes clangd run the async-* checks with no configuration. clangd offers no
// hook for this, so the linker routes two of its functions here (--wrap, see
// tool/async-clangd/CMakeLists.txt):
//  - provideDefaultChecks(): clangd's last say on the check list; we append
//    async-* unless the user's configuration already mentions async checks,
//    so `Remove: async-*` (or `-async-*` in .clang-tidy) still turns them off
//    (checks/DefaultChecks.h: async-lint follows the same rule).
//  - isFastTidyCheck(): clangd's default FastCheckFilter (Strict) drops every
//    check it has not timed; async-* checks only visit coroutine bodies, so we
//    declare them fast.
//
//===----------------------------------------------------------------------===//

#include "DefaultChecks.h"
#include "LLVMCompat.h"
#include "clang-tidy/ClangTidyOptions.h"
#include "llvm/ADT/StringRef.h"

#include <optional>

namespace {
using clang::tidy::ClangTidyOptions;
using TidyProvider = async_lint::compat::ClangdDefaultChecksProvider;

constexpr llvm::StringLiteral AsyncPrefix = "async-";
} // namespace

// clang::clangd::provideDefaultChecks()
TidyProvider realProvideDefaultChecks() asm(
    "__real__ZN5clang6clangd20provideDefaultChecksEv");
TidyProvider wrapProvideDefaultChecks() asm(
    "__wrap__ZN5clang6clangd20provideDefaultChecksEv");
// clang::clangd::isFastTidyCheck(llvm::StringRef)
std::optional<bool> realIsFastTidyCheck(llvm::StringRef Check) asm(
    "__real__ZN5clang6clangd15isFastTidyCheckEN4llvm9StringRefE");
std::optional<bool> wrapIsFastTidyCheck(llvm::StringRef Check) asm(
    "__wrap__ZN5clang6clangd15isFastTidyCheckEN4llvm9StringRefE");

TidyProvider wrapProvideDefaultChecks() {
  // Statics: in LLVM 19 the provider only refers to its callable.
  static const TidyProvider Defaults = realProvideDefaultChecks();
  static const auto AddAsyncChecks = [](ClangTidyOptions &Opts,
                                        llvm::StringRef File) {
    Defaults(Opts, File);
    std::string &Checks = Opts.Checks ? *Opts.Checks : Opts.Checks.emplace();
    if (clang::tidy::async::mentionsAsyncChecks(Checks))
      return;
    if (!Checks.empty())
      Checks += ',';
    Checks += "async-*";
  };
  return AddAsyncChecks;
}

std::optional<bool> wrapIsFastTidyCheck(llvm::StringRef Check) {
  if (Check.starts_with(AsyncPrefix))
    return true;
  return realIsFastTidyCheck(Check);
}
