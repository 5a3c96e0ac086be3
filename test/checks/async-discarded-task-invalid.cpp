// RUN: %check_async_tidy -expect-clang-tidy-error %s async-discarded-task,async-unowned-task %t

// Invalid and dependent code: no crash, no finding from the broken parts.
#include <folly/coro/Task.h>
#include <thread>

folly::coro::Task<int> fetch(int);

folly::coro::Task<void> brokenArgument() {
  fetch(undeclared);
  // CHECK-MESSAGES: :[[@LINE-1]]:9: error: use of undeclared identifier 'undeclared' [clang-diagnostic-error]
  auto task = fetch(alsoUndeclared);
  // CHECK-MESSAGES: :[[@LINE-1]]:21: error: use of undeclared identifier 'alsoUndeclared' [clang-diagnostic-error]
  co_return;
}

void brokenDetach(std::thread &worker) {
  worker.detach(1);
  // CHECK-MESSAGES: :[[@LINE-1]]:17: error: too many arguments to function call, expected 0, have 1 [clang-diagnostic-error]
}

struct Broken {
  Broken() : missing(fetch(1)) {}
  // CHECK-MESSAGES: :[[@LINE-1]]:14: error: member initializer 'missing' does not name a non-static data member or base class [clang-diagnostic-error]
};

template <typename T> void dependent(T t) {
  t.start();
  t.detach();
  (void)t.spawn();
}

// A co_await that did not compile: neither the task it tried to await nor
// a valid await beside it is "never awaited".
struct NotAwaitable {};
NotAwaitable make();
folly::coro::Task<void> brokenAwait() {
  auto task = fetch(1);
  auto other = fetch(2);
  co_await task;
  // CHECK-MESSAGES: :[[@LINE-1]]:3: error: no member named 'await_ready' in 'folly::coro::Task<int>' [clang-diagnostic-error]
  co_await std::move(other);
  co_await make();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: error: no member named 'await_ready' in 'NotAwaitable' [clang-diagnostic-error]
}
