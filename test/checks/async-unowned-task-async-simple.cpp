// RUN: %check_async_tidy %s async-unowned-task %t -- -Wno-unused-result
// RUN: %check_async_tidy -check-suffix=DISCARDED %s async-discarded-task %t -- -Wno-unused-result

// async_simple: Lazy is lazy; `lazy.start(callback)` runs it detached and
// hands the callback its Try. A callback that ignores the Try loses the
// error; one that looks at it is the owner.
#include "async_simple/coro/Collect.h"
#include "async_simple/coro/Lazy.h"
#include "async_simple/coro/SyncAwait.h"
#include <exception>
#include <vector>
#include <stdexcept>

using async_simple::Try;
using async_simple::coro::Lazy;

Lazy<int> fetch() { throw std::runtime_error("unavailable"); co_return 0; }

void positiveCallbackIgnoresTry(async_simple::Executor *ex) {
  fetch().via(ex).start([](auto &&) {});
  // CHECK-MESSAGES: :[[@LINE-1]]:19: warning: the callback passed to 'async_simple::coro::detail::LazyBase::start' ignores the task's result, so its errors are lost [async-unowned-task]
  // CHECK-MESSAGES: :[[@LINE-2]]:28: note: the result parameter is unnamed
  // CHECK-MESSAGES: :[[@LINE-3]]:19: note: to give it an owner, pass a callback that looks at its 'Try' (rethrows or logs 't.getException()'), or 'co_await' the Lazy inside a coroutine
  fetch().start([](Try<int> result) {});
  // CHECK-MESSAGES: :[[@LINE-1]]:11: warning: the callback passed to 'async_simple::coro::detail::LazyBase::start' ignores
  // CHECK-MESSAGES: :[[@LINE-2]]:29: note: the result parameter is never used
  // CHECK-MESSAGES: :[[@LINE-3]]:11: note: to give it an owner
  fetch().directlyStart([](auto &&) {}, ex);
  // CHECK-MESSAGES: :[[@LINE-1]]:11: warning: the callback passed to 'async_simple::coro::Lazy::directlyStart' ignores
  // CHECK-MESSAGES: :[[@LINE-2]]:28: note: the result parameter is unnamed
  // CHECK-MESSAGES: :[[@LINE-3]]:11: note: to give it an owner
}

// A callback that looks at its Try owns the error.
void negativeCallbackInspectsTry(async_simple::Executor *ex, int &out) {
  fetch().via(ex).start([&out](Try<int> result) {
    if (result.hasError())
      std::rethrow_exception(result.getException());
    out = result.value();
  });
}

// Nothing can leave a Lazy that cannot throw.
Lazy<void> increment(int &value) {
  ++value;
  co_return;
}
void negativeCannotThrow(async_simple::Executor *ex, int &value) {
  increment(value).via(ex).start([](auto &&) {});
  // A local variable holding the task is followed to its coroutine.
  auto task = increment(value);
  task.start([](auto &&) {});
}
void positiveHeldInAVariable() {
  auto task = fetch();
  task.start([](auto &&) {});
  // CHECK-MESSAGES: :[[@LINE-1]]:8: warning: the callback passed to 'async_simple::coro::detail::LazyBase::start' ignores
  // CHECK-MESSAGES: :[[@LINE-2]]:17: note: the result parameter is unnamed
  // CHECK-MESSAGES: :[[@LINE-3]]:8: note: to give it an owner
}

// syncAwait is a blocking wait (async-blocking-call-in-coroutine); the
// collectAll forms give a Try per task.
int negativeSyncAwait() { return async_simple::coro::syncAwait(fetch()); }

Lazy<int> positiveDroppedLazy() {
  fetch();
  // CHECK-MESSAGES-DISCARDED: :[[@LINE-1]]:3: warning: lazy task returned by 'fetch' is discarded, so its work never runs [async-discarded-task]
  // CHECK-FIXES-DISCARDED: co_await fetch();
  std::vector<Lazy<int>> tasks;
  tasks.push_back(fetch());
  auto results = co_await async_simple::coro::collectAll(std::move(tasks));
  co_return results.size();
}
