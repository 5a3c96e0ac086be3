// RUN: %check_async_tidy %s async-discarded-task %t -- -Wno-unused-result

#include <cppcoro/async_mutex.hpp>
#include <cppcoro/task.hpp>
#include <coro/coro.hpp>
#include <exec/task.hpp>
#include <folly/coro/Collect.h>
#include <folly/coro/Task.h>
#include <future>
#include <inhouse/task.h>
#include <stdexec/execution.hpp>
#include <tuple>
#include <utility>
#include <vector>

folly::coro::Task<int> fetch();
folly::coro::Task<void> store(int);
cppcoro::task<int> compute();
coro::task<void> work();
exec::task<void> step();
acme::Task<void> job();

//===--- Discarded lazy tasks ---------------------------------------------===//

folly::coro::Task<void> positiveDiscardedInCoroutine() {
  fetch();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: lazy task returned by 'fetch' is discarded, so its work never runs [async-discarded-task]
  // CHECK-FIXES: co_await fetch();
  co_return;
}

void positiveDiscardedInPlainFunction() {
  compute();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: lazy task returned by 'compute' is discarded, so its work never runs [async-discarded-task]
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: co_await it inside a coroutine, or pass it to code that starts it
}

void positiveVoidCastAndIgnore() {
  (void)work();
  // CHECK-MESSAGES: :[[@LINE-1]]:9: warning: lazy task returned by 'work' is cast to void, so its work never runs [async-discarded-task]
  // CHECK-MESSAGES: :[[@LINE-2]]:9: note: co_await it inside a coroutine, or pass it to code that starts it
  std::ignore = compute();
  // CHECK-MESSAGES: :[[@LINE-1]]:17: warning: lazy task returned by 'compute' is assigned to 'std::ignore', so its work never runs [async-discarded-task]
  // CHECK-MESSAGES: :[[@LINE-2]]:17: note: co_await it inside a coroutine, or pass it to code that starts it
}

// Another library's task in a folly coroutine: no fix, a note.
folly::coro::Task<void> positiveOtherLibraryHasNoFix() {
  compute();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: lazy task returned by 'compute' is discarded, so its work never runs [async-discarded-task]
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: co_await it, or pass it to code that starts it
  co_return;
}

// Senders are lazy; inside exec::task they are awaitable.
exec::task<void> positiveDiscardedSender() {
  stdexec::just(1);
  // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: lazy sender returned by 'stdexec::just' is discarded, so its work never runs [async-discarded-task]
  // CHECK-FIXES: co_await stdexec::just(1);
  step();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: lazy task returned by 'step' is discarded, so its work never runs [async-discarded-task]
  // CHECK-FIXES: co_await step();
  co_return;
}

// An in-house lazy type, found from its promise type alone.
acme::Task<void> positiveInHouseLazyType() {
  job();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: lazy task returned by 'job' is discarded, so its work never runs [async-discarded-task]
  // CHECK-FIXES: co_await job();
  co_return;
}

// An awaiter does nothing until it is awaited.
cppcoro::task<void> positiveDiscardedAwaiter(cppcoro::async_mutex &mutex) {
  mutex.scoped_lock_async();
  // CHECK-MESSAGES: :[[@LINE-1]]:9: warning: lazy task returned by 'cppcoro::async_mutex::scoped_lock_async' is discarded, so its work never runs [async-discarded-task]
  // CHECK-FIXES: co_await mutex.scoped_lock_async();
  co_return;
}

// co_await is ill-formed in a handler: a note instead of a fix.
folly::coro::Task<void> positiveInCatchHandlerHasNoFix() {
  try {
    co_await fetch();
  } catch (...) {
    store(0);
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: lazy task returned by 'store' is discarded, so its work never runs [async-discarded-task]
    // CHECK-MESSAGES: :[[@LINE-2]]:5: note: co_await it, or pass it to code that starts it
  }
}

// Branches and loop bodies without braces discard too.
folly::coro::Task<void> positiveUnbracedBranch(bool flag) {
  if (flag)
    store(1);
  // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: lazy task returned by 'store' is discarded, so its work never runs [async-discarded-task]
  // CHECK-FIXES: co_await store(1);
  co_return;
}

// In a macro: reported, never fixed.
#define FIRE(x) store(x)
folly::coro::Task<void> positiveMacroHasNoFix() {
  FIRE(2);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: lazy task returned by 'store' is discarded, so its work never runs [async-discarded-task]
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: co_await it, or pass it to code that starts it
  co_return;
}

// A template is reported once.
template <typename T> folly::coro::Task<void> positiveTemplate(T value) {
  store(value);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: lazy task returned by 'store' is discarded, so its work never runs [async-discarded-task]
  // CHECK-FIXES: co_await store(value);
  co_return;
}
template folly::coro::Task<void> positiveTemplate(int);
template folly::coro::Task<void> positiveTemplate(short);

//===--- std::async -------------------------------------------------------===//

void positiveDiscardedAsync() {
  std::async(std::launch::async, [] {});
  // CHECK-MESSAGES: :[[@LINE-1]]:8: warning: the future returned by 'std::async' is discarded, and its destructor blocks until the work finishes: this call is not fire-and-forget [async-discarded-task]
  // CHECK-MESSAGES: :[[@LINE-2]]:8: note: keep the future and wait for it where the result is needed, or hand the work to a thread pool or an executor
}

void positiveUnusedAsyncFuture() {
  auto pending = std::async(std::launch::async, [] {});
  // CHECK-MESSAGES: :[[@LINE-1]]:8: warning: future 'pending' from 'std::async' is never used, and its destructor blocks until the work finishes [async-discarded-task]
}

//===--- Local variables --------------------------------------------------===//

folly::coro::Task<void> positiveUnusedLocal() {
  auto result = fetch();
  // CHECK-MESSAGES: :[[@LINE-1]]:8: warning: lazy task 'result' is never awaited, started or passed on, so its work never runs [async-discarded-task]
  // CHECK-FIXES: auto result = co_await fetch();
  co_return;
}

cppcoro::task<void> positiveUnusedLock(cppcoro::async_mutex &mutex) {
  auto lock = mutex.scoped_lock_async();
  // CHECK-MESSAGES: :[[@LINE-1]]:8: warning: lazy task 'lock' is never awaited, started or passed on, so its work never runs [async-discarded-task]
  // CHECK-FIXES: auto lock = co_await mutex.scoped_lock_async();
  co_return;
}

// Cast to void is not a use: the task still never runs. A spelled-out type
// would change under the fix: a note instead.
void positiveLocalCastToVoid() {
  folly::coro::Task<int> task = fetch();
  // CHECK-MESSAGES: :[[@LINE-1]]:26: warning: lazy task 'task' is never awaited, started or passed on, so its work never runs [async-discarded-task]
  // CHECK-MESSAGES: :[[@LINE-2]]:26: note: co_await it inside a coroutine, or pass it to code that starts it
  (void)task;
}

//===--- Negative cases ---------------------------------------------------===//

folly::coro::Task<void> negativeAwaited() {
  co_await fetch();
  int value = co_await fetch();
  co_await store(value);
}

// A task stored and awaited later, in a branch.
folly::coro::Task<void> negativeAwaitedInLaterBranch(bool flag) {
  auto pending = fetch();
  if (flag)
    co_await std::move(pending);
}

// Tasks moved into a container that is awaited as a whole.
folly::coro::Task<void> negativeCollected() {
  std::vector<folly::coro::Task<int>> tasks;
  auto first = fetch();
  tasks.push_back(std::move(first));
  tasks.push_back(fetch());
  co_await folly::coro::collectAllRange(std::move(tasks));
}

// Returned from a factory that is not a coroutine.
folly::coro::Task<int> negativeFactory() {
  auto task = fetch();
  return task;
}
folly::coro::Task<int> negativeFactoryReturnsCall() { return fetch(); }

// Passed to a parameter.
void consume(folly::coro::Task<int> task);
void negativePassedOn() {
  auto task = fetch();
  consume(std::move(task));
  consume(fetch());
}

// Captured by a lambda that awaits it.
void negativeCaptured() {
  auto task = fetch();
  auto later = [task = std::move(task)]() mutable -> folly::coro::Task<int> {
    co_return co_await std::move(task);
  };
  consume(later());
}

// [[maybe_unused]] says so.
void negativeMaybeUnused() { [[maybe_unused]] auto task = fetch(); }

// The future of std::async, kept and waited for.
void negativeAsyncKept() {
  auto pending = std::async(std::launch::async, [] {});
  pending.wait();
}

// Eager tasks and plain values are not this check's business when dropped.
int plain();
void negativePlainValue() { plain(); }

// A reference to a task is not a new task.
folly::coro::Task<int> &current();
void negativeReference() { current(); }

// A dependent call in an uninstantiated template.
template <typename T> void negativeDependent(T t) { t.run(); }
