// RUN: %check_async_tidy -fix-notes %s async-all-or-nothing-wait %t

#include <folly/coro/Collect.h>
#include <folly/coro/Task.h>
#include <vector>

folly::coro::Task<int> fetch(int x) { co_return x; }

folly::coro::Task<int> positiveCollectAll() {
  auto [a, b] = co_await folly::coro::collectAll(fetch(1), fetch(2));
  // CHECK-MESSAGES: :[[@LINE-1]]:39: warning: 'folly::coro::collectAll' is all-or-nothing: if one task fails, the results of the others are discarded and they are cancelled [async-all-or-nothing-wait]
  // CHECK-MESSAGES: :[[@LINE-2]]:39: note: use 'collectAllTry' to keep the outcome of every task; the code that reads the result must then inspect each one
  // CHECK-FIXES: auto [a, b] = co_await folly::coro::collectAllTry(fetch(1), fetch(2));
  co_return a + b;
}

folly::coro::Task<void> positiveCollectAllRange(std::vector<folly::coro::Task<int>> tasks) {
  co_await folly::coro::collectAllRange(std::move(tasks));
  // CHECK-MESSAGES: :[[@LINE-1]]:25: warning: 'folly::coro::collectAllRange' is all-or-nothing: if one task fails, the results of the others are discarded and they are cancelled [async-all-or-nothing-wait]
  // CHECK-MESSAGES: :[[@LINE-2]]:25: note: use 'collectAllTryRange' to keep the outcome of every task; the code that reads the result must then inspect each one
  // CHECK-FIXES: co_await folly::coro::collectAllTryRange(std::move(tasks));
  co_await folly::coro::collectAllWindowed(std::vector<folly::coro::Task<int>>{}, 4);
  // CHECK-MESSAGES: :[[@LINE-1]]:25: warning: 'folly::coro::collectAllWindowed' is all-or-nothing: if one task fails, the results of the others are discarded and they are cancelled [async-all-or-nothing-wait]
  // CHECK-MESSAGES: :[[@LINE-2]]:25: note: use 'collectAllTryWindowed' to keep the outcome of every task; the code that reads the result must then inspect each one
  // CHECK-FIXES: co_await folly::coro::collectAllTryWindowed(std::vector<folly::coro::Task<int>>{}, 4);
}

// A using-declaration: the fix renames the token the user wrote.
folly::coro::Task<void> positiveUnqualified() {
  using folly::coro::collectAll;
  co_await collectAll(fetch(1), fetch(2));
  // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: 'folly::coro::collectAll' is all-or-nothing: if one task fails, the results of the others are discarded and they are cancelled [async-all-or-nothing-wait]
  // CHECK-MESSAGES: :[[@LINE-2]]:12: note: use 'collectAllTry' to keep the outcome of every task; the code that reads the result must then inspect each one
  // CHECK-FIXES: co_await collectAllTry(fetch(1), fetch(2));
}

// In a template: reported once, not per instantiation.
template <typename T> folly::coro::Task<void> positiveInTemplate(T x) {
  co_await folly::coro::collectAll(fetch(x), fetch(x));
  // CHECK-MESSAGES: :[[@LINE-1]]:25: warning: 'folly::coro::collectAll' is all-or-nothing: if one task fails, the results of the others are discarded and they are cancelled [async-all-or-nothing-wait]
  // CHECK-MESSAGES: :[[@LINE-2]]:25: note: use 'collectAllTry' to keep the outcome of every task; the code that reads the result must then inspect each one
  // CHECK-FIXES: co_await folly::coro::collectAllTry(fetch(x), fetch(x));
}
template folly::coro::Task<void> positiveInTemplate(int);
template folly::coro::Task<void> positiveInTemplate(long);

// Every child is a coroutine whose whole body is guarded by catch (...).
folly::coro::Task<int> guarded(int x) {
  try {
    co_return co_await fetch(x);
  } catch (...) {
    co_return -1;
  }
}

folly::coro::Task<void> negativeEveryChildGuarded() {
  co_await folly::coro::collectAll(guarded(1), guarded(2));
}

// One child is not guarded: flagged.
folly::coro::Task<void> positiveOneChildUnguarded() {
  co_await folly::coro::collectAll(guarded(1), fetch(2));
  // CHECK-MESSAGES: :[[@LINE-1]]:25: warning: 'folly::coro::collectAll' is all-or-nothing: if one task fails, the results of the others are discarded and they are cancelled [async-all-or-nothing-wait]
  // CHECK-MESSAGES: :[[@LINE-2]]:25: note: use 'collectAllTry' to keep the outcome of every task; the code that reads the result must then inspect each one
  // CHECK-FIXES: co_await folly::coro::collectAllTry(guarded(1), fetch(2));
}

// A handler that rethrows does not guard.
folly::coro::Task<int> rethrowing(int x) {
  try {
    co_return co_await fetch(x);
  } catch (...) {
    throw;
  }
}

folly::coro::Task<void> positiveRethrowingChild() {
  co_await folly::coro::collectAll(rethrowing(1), rethrowing(2));
  // CHECK-MESSAGES: :[[@LINE-1]]:25: warning: 'folly::coro::collectAll' is all-or-nothing: if one task fails, the results of the others are discarded and they are cancelled [async-all-or-nothing-wait]
  // CHECK-MESSAGES: :[[@LINE-2]]:25: note: use 'collectAllTry' to keep the outcome of every task; the code that reads the result must then inspect each one
  // CHECK-FIXES: co_await folly::coro::collectAllTry(rethrowing(1), rethrowing(2));
}

// Already collecting, or windowed collecting: not flagged.
folly::coro::Task<void> negativeTryForms(std::vector<folly::coro::Task<int>> tasks) {
  co_await folly::coro::collectAllTry(fetch(1), fetch(2));
  co_await folly::coro::collectAllTryRange(std::move(tasks));
  co_await folly::coro::collectAllTryWindowed(std::vector<folly::coro::Task<int>>{}, 2);
}

// Outside a coroutine: a Task is built, nothing waits here.
folly::coro::Task<std::tuple<int, int>> negativeNotACoroutine() {
  return folly::coro::collectAll(fetch(1), fetch(2));
}

// The lambda is a coroutine of its own, checked on its own.
folly::coro::Task<void> positiveInLambda() {
  auto run = []() -> folly::coro::Task<void> {
    co_await folly::coro::collectAll(fetch(1), fetch(2));
    // CHECK-MESSAGES: :[[@LINE-1]]:27: warning: 'folly::coro::collectAll' is all-or-nothing: if one task fails, the results of the others are discarded and they are cancelled [async-all-or-nothing-wait]
    // CHECK-MESSAGES: :[[@LINE-2]]:27: note: use 'collectAllTry' to keep the outcome of every task; the code that reads the result must then inspect each one
    // CHECK-FIXES: co_await folly::coro::collectAllTry(fetch(1), fetch(2));
  };
  co_await run();
}

#define GATHER(a, b) folly::coro::collectAll(a, b)
// In a macro: reported, no fix-it.
folly::coro::Task<void> positiveInMacro() {
  co_await GATHER(fetch(1), fetch(2));
  // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: 'folly::coro::collectAll' is all-or-nothing: if one task fails, the results of the others are discarded and they are cancelled [async-all-or-nothing-wait]
  // CHECK-MESSAGES: :[[@LINE-2]]:12: note: use 'collectAllTry' to keep the outcome of every task; the code that reads the result must then inspect each one
}

// Children wrapped in co_awaitTry keep their error as a value.
folly::coro::Task<void> negativeTryWrappedChildren() {
  co_await folly::coro::collectAll(folly::coro::co_awaitTry(fetch(1)),
                                   folly::coro::co_awaitTry(fetch(2)));
}
