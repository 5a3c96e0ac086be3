//===--- DefaultChecks.cpp - async-lint -----------------------------------===//

#include "DefaultChecks.h"

namespace clang::tidy::async {

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

} // namespace clang::tidy::async
