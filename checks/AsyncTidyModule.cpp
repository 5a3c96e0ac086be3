//===--- AsyncTidyModule.cpp - async-lint ---------------------------------===//
//
// The `async` module: every async-* check, registered once, linked into the
// clang-tidy plugin, async-lint and async-clangd alike.
//
//===----------------------------------------------------------------------===//

#include "AllOrNothingWaitCheck.h"
#include "AwaitInLoopCheck.h"
#include "BlockingCallInCoroutineCheck.h"
#include "BusyWaitCheck.h"
#include "DiscardedTaskCheck.h"
#include "SequentialAwaitsCheck.h"
#include "UnboundedFanOutCheck.h"
#include "UnownedTaskCheck.h"
#include "LLVMCompat.h" // ClangTidyModuleRegistry
#include "clang-tidy/ClangTidyModule.h"

namespace clang::tidy {
namespace async {

class AsyncModule : public ClangTidyModule {
public:
  void addCheckFactories(ClangTidyCheckFactories &CheckFactories) override {
    CheckFactories.registerCheck<AllOrNothingWaitCheck>(
        "async-all-or-nothing-wait");
    CheckFactories.registerCheck<AwaitInLoopCheck>(
        "async-await-in-loop");
    CheckFactories.registerCheck<BlockingCallInCoroutineCheck>(
        "async-blocking-call-in-coroutine");
    CheckFactories.registerCheck<BusyWaitCheck>(
        "async-busy-wait");
    CheckFactories.registerCheck<DiscardedTaskCheck>(
        "async-discarded-task");
    CheckFactories.registerCheck<SequentialAwaitsCheck>(
        "async-sequential-awaits");
    CheckFactories.registerCheck<UnboundedFanOutCheck>(
        "async-unbounded-fan-out");
    CheckFactories.registerCheck<UnownedTaskCheck>(
        "async-unowned-task");
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
