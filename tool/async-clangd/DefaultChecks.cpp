//===--- DefaultChecks.cpp - async-clangd ---------------------------------===//
//
// Makes clangd run the async-* checks with no configuration. clangd offers no
// hook for this, so the linker routes two of its functions here (--wrap, see
// tool/async-clangd/CMakeLists.txt):
//  - provideDefaultChecks(): clangd's last say on the check list; we append
//    async-* unless the user's configuration already mentions async checks,
//    so `Remove: async-*` (or `-async-*` in .clang-tidy) still turns them off.
//  - isFastTidyCheck(): clangd's default FastCheckFilter (Strict) drops every
//    check it has not timed; async-* checks only visit coroutine bodies, so we
//    declare them fast.
//
//===----------------------------------------------------------------------===//

#include "LLVMCompat.h"
#include "clang-tidy/ClangTidyOptions.h"
#include "llvm/ADT/StringRef.h"

#include <optional>

namespace {
using clang::tidy::ClangTidyOptions;
using TidyProvider = async_lint::compat::ClangdDefaultChecksProvider;

constexpr llvm::StringLiteral AsyncPrefix = "async-";

// Whether some glob of a clang-tidy check list, enabling or disabling,
// names async checks: then the user decides about them, not us.
bool mentionsAsyncChecks(llvm::StringRef Checks) {
  while (!Checks.empty()) {
    auto [Glob, Rest] = Checks.split(',');
    Glob = Glob.trim();
    Glob.consume_front("-");
    if (Glob.trim().starts_with("async"))
      return true;
    Checks = Rest;
  }
  return false;
}
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
    if (mentionsAsyncChecks(Checks))
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
