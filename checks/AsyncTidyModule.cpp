//===--- AsyncTidyModule.cpp - async-lint ---------------------------------===//
//
// The `async` module: every async-* check, registered once, linked into the
// clang-tidy plugin, async-lint and async-clangd alike.
//
//===----------------------------------------------------------------------===//

#include "AllOrNothingWaitCheck.h"
#include "BlockingCallInCoroutineCheck.h"
#include "BusyWaitCheck.h"
#include "UnboundedFanOutCheck.h"
#include "clang-tidy/ClangTidyModule.h"

namespace clang::tidy {
namespace async {

class AsyncModule : public ClangTidyModule {
public:
  void addCheckFactories(ClangTidyCheckFactories &CheckFactories) override {
    CheckFactories.registerCheck<AllOrNothingWaitCheck>(
        "async-all-or-nothing-wait");
    CheckFactories.registerCheck<BlockingCallInCoroutineCheck>(
        "async-blocking-call-in-coroutine");
    CheckFactories.registerCheck<BusyWaitCheck>("async-busy-wait");
    CheckFactories.registerCheck<UnboundedFanOutCheck>(
        "async-unbounded-fan-out");
  }
};

} // namespace async

static ClangTidyModuleRegistry::Add<async::AsyncModule>
    X("async-module", "Checks for anti-patterns in C++20 coroutine code.");

// Referenced from every binary that links the checks, so that a static link
// keeps this file and its registration.
// NOLINTNEXTLINE(misc-use-internal-linkage)
volatile int AsyncModuleAnchorSource = 0;

} // namespace clang::tidy
