// RUN: %check_async_tidy %s async-all-or-nothing-wait %t

#include <cassert>
#include <folly/coro/Collect.h>
#include <folly/coro/Sleep.h>
#include <folly/coro/Task.h>
#include <string>
#include <system_error>
#include <vector>

folly::coro::Task<int> fetch(int x) { co_return x; }
folly::coro::Task<std::string> fetchName(int x) { co_return std::string(); }
void show(int);
void show(const std::string &);

struct Dashboard {
  int Prices = 0;
  std::string Name;
  folly::coro::Task<void> refresh(int id);
};

// Fixed arity, each result stored apart: when one fetch fails, the other
// result would still be worth showing.
folly::coro::Task<void> Dashboard::refresh(int id) {
  auto [prices, name] = co_await folly::coro::collectAll(fetch(id), fetchName(id));
  // CHECK-MESSAGES: :[[@LINE-1]]:47: warning: 'folly::coro::collectAll' is all-or-nothing: if one task fails, the results of the others are discarded and they are cancelled [async-all-or-nothing-wait]
  // CHECK-MESSAGES: :[[@LINE+2]]:12: note: this result is used on its own here, so the others' would still be usable
  // CHECK-MESSAGES: :[[@LINE-3]]:47: note: to keep every task's result and error, wait with 'co_await folly::coro::collectAllTry(fetch(id), fetchName(id))'; it gives one 'folly::Try' per task: 'hasException()' tells whether that task failed, 'value()' gives its result or rethrows its error
  Prices = prices;
  Name = name;
}

// Each result shown on its own.
folly::coro::Task<void> positiveShownApart() {
  auto [a, b] = co_await folly::coro::collectAll(fetch(1), fetch(2));
  // CHECK-MESSAGES: :[[@LINE-1]]:39: warning: 'folly::coro::collectAll' is all-or-nothing: {{.*}}
  // CHECK-MESSAGES: :[[@LINE+2]]:8: note: this result is used on its own here, so the others' would still be usable
  // CHECK-MESSAGES: :[[@LINE-3]]:39: note: to keep every task's result and error, {{.*}}
  show(a);
  show(b);
}

// A batch sized by the input, whose results are used one by one.
folly::coro::Task<void> positiveBatchIterated(std::vector<int> ids) {
  std::vector<folly::coro::Task<int>> tasks;
  for (int id : ids)
    tasks.push_back(fetch(id));
  for (int value : co_await folly::coro::collectAllRange(std::move(tasks)))
    // CHECK-MESSAGES: :[[@LINE-1]]:42: warning: 'folly::coro::collectAllRange' is all-or-nothing: {{.*}}
    // CHECK-MESSAGES: :[[@LINE-2]]:3: note: the results are used one by one here, so the others' would still be usable
    // CHECK-MESSAGES: :[[@LINE-3]]:42: note: to keep every task's result and error, wait with 'co_await folly::coro::collectAllTryRange(std::move(tasks))'; it gives a 'std::vector' of 'folly::Try' in input order: 'hasException()' tells whether that task failed, 'value()' gives its result or rethrows its error
    show(value);
}

// The collection is the caller's: sized by the input. Results indexed.
folly::coro::Task<int> positiveGivenBatchIndexed(std::vector<folly::coro::Task<int>> tasks) {
  auto values = co_await folly::coro::collectAllRange(std::move(tasks));
  // CHECK-MESSAGES: :[[@LINE-1]]:39: warning: 'folly::coro::collectAllRange' is all-or-nothing: {{.*}}
  // CHECK-MESSAGES: :[[@LINE+2]]:13: note: the results are used one by one here, so the others' would still be usable
  // CHECK-MESSAGES: :[[@LINE-3]]:39: note: to keep every task's result and error, {{.*}}
  co_return values[0];
}

// Handed to the caller as a batch.
folly::coro::Task<std::vector<int>> positiveBatchReturned(std::vector<folly::coro::Task<int>> tasks) {
  co_return co_await folly::coro::collectAllRange(std::move(tasks));
  // CHECK-MESSAGES: :[[@LINE-1]]:35: warning: 'folly::coro::collectAllRange' is all-or-nothing: {{.*}}
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: the results are used one by one here, so the others' would still be usable
  // CHECK-MESSAGES: :[[@LINE-3]]:35: note: to keep every task's result and error, {{.*}}
}

// Results combined into one: a partial result means nothing.
folly::coro::Task<int> negativeCombined(int lo, int mid, int hi) {
  auto [a, b] = co_await folly::coro::collectAll(fetch(lo), fetch(hi));
  co_return a + b;
}

// The value is discarded: nothing is lost but errors, and the first error
// propagates.
folly::coro::Task<void> negativeDiscarded(std::vector<folly::coro::Task<int>> tasks) {
  co_await folly::coro::collectAll(fetch(1), fetch(2));
  (void)co_await folly::coro::collectAllRange(std::move(tasks));
}

// A watchdog among the tasks fails on purpose, to cancel the others.
folly::coro::Task<int> watchdog(int ms) {
  co_await folly::coro::sleep(std::chrono::milliseconds(ms));
  throw std::system_error(std::make_error_code(std::errc::timed_out));
}

folly::coro::Task<void> negativeWatchdog() {
  auto [value, ignored] = co_await folly::coro::collectAll(fetch(1), watchdog(100));
  show(value);
}

// A timer itself as a task.
folly::coro::Task<void> negativeTimer() {
  auto [value, ignored] = co_await folly::coro::collectAll(fetch(1), folly::coro::sleep(std::chrono::milliseconds(5)));
  show(value);
}

// Tasks that cannot throw: their result carries the error, or they are
// noexcept.
folly::coro::Task<bool> tryConnect(int x) { co_return true; }
folly::coro::Task<std::error_code> send(int x) { co_return std::error_code(); }
folly::coro::Task<int> cached(int x) noexcept;

folly::coro::Task<void> negativeCannotFail() {
  auto [a, b] = co_await folly::coro::collectAll(tryConnect(1), send(2));
  show(a);
  show(b.value());
  auto [c, d] = co_await folly::coro::collectAll(cached(1), cached(2));
  show(c);
  show(d);
}

// A test of the combinator: the results are only checked, and any failure
// should fail the test.
folly::coro::Task<void> negativeCheckedInTest() {
  auto [a, b] = co_await folly::coro::collectAll(fetch(1), fetch(2));
  assert(a == 1);
  assert(b == 2);
  (void)a;
}

// A fixed set in a collection: not sized by the input.
folly::coro::Task<void> negativeFixedCollection() {
  std::vector<folly::coro::Task<int>> tasks;
  tasks.push_back(fetch(1));
  tasks.push_back(fetch(2));
  for (int value : co_await folly::coro::collectAllRange(std::move(tasks)))
    show(value);
  std::vector<folly::coro::Task<int>> more;
  for (int i = 0; i < 1000; ++i)
    more.push_back(fetch(i));
  for (int value : co_await folly::coro::collectAllRange(std::move(more)))
    show(value);
}

// Every child is a coroutine whose whole body is guarded by catch (...).
folly::coro::Task<int> guarded(int x) {
  try {
    co_return co_await fetch(x);
  } catch (...) {
    co_return -1;
  }
}

folly::coro::Task<void> negativeEveryChildGuarded() {
  auto [a, b] = co_await folly::coro::collectAll(guarded(1), guarded(2));
  show(a);
  show(b);
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
  auto [a, b] = co_await folly::coro::collectAll(guarded(1), rethrowing(2));
  // CHECK-MESSAGES: :[[@LINE-1]]:39: warning: 'folly::coro::collectAll' is all-or-nothing: {{.*}}
  // CHECK-MESSAGES: :[[@LINE+2]]:8: note: this result is used on its own here, {{.*}}
  // CHECK-MESSAGES: :[[@LINE-3]]:39: note: to keep every task's result and error, {{.*}}
  show(a);
  show(b);
}

// Awaited through a variable.
folly::coro::Task<void> positiveThroughVariable() {
  auto both = folly::coro::collectAll(fetch(1), fetch(2));
  // CHECK-MESSAGES: :[[@LINE-1]]:28: warning: 'folly::coro::collectAll' is all-or-nothing: {{.*}}
  // CHECK-MESSAGES: :[[@LINE+3]]:8: note: this result is used on its own here, {{.*}}
  // CHECK-MESSAGES: :[[@LINE-3]]:28: note: to keep every task's result and error, {{.*}}
  auto [a, b] = co_await std::move(both);
  show(a);
  show(b);
}

// Already collecting forms: not flagged.
folly::coro::Task<void> negativeTryForms(std::vector<folly::coro::Task<int>> tasks) {
  auto [a, b] = co_await folly::coro::collectAllTry(fetch(1), fetch(2));
  show(a.value());
  for (auto &r : co_await folly::coro::collectAllTryRange(std::move(tasks)))
    show(r.value());
}

// The lambda is a coroutine of its own, checked on its own; in a template,
// reported once.
template <typename T> folly::coro::Task<void> positiveInTemplateLambda(T x) {
  auto run = [x]() -> folly::coro::Task<void> {
    auto [a, b] = co_await folly::coro::collectAll(fetch(x), fetch(x));
    // CHECK-MESSAGES: :[[@LINE-1]]:41: warning: 'folly::coro::collectAll' is all-or-nothing: {{.*}}
    // CHECK-MESSAGES: :[[@LINE+2]]:10: note: this result is used on its own here, {{.*}}
    // CHECK-MESSAGES: :[[@LINE-3]]:41: note: to keep every task's result and error, {{.*}}
    show(a);
    show(b);
  };
  co_await run();
}
template folly::coro::Task<void> positiveInTemplateLambda(int);
template folly::coro::Task<void> positiveInTemplateLambda(long);

#define GATHER(a, b) folly::coro::collectAll(a, b)
// In a macro: reported; the note cannot quote the tasks.
folly::coro::Task<void> positiveInMacro() {
  auto [a, b] = co_await GATHER(fetch(1), fetch(2));
  // CHECK-MESSAGES: :[[@LINE-1]]:26: warning: 'folly::coro::collectAll' is all-or-nothing: {{.*}}
  // CHECK-MESSAGES: :[[@LINE+2]]:8: note: this result is used on its own here, {{.*}}
  // CHECK-MESSAGES: :[[@LINE-3]]:26: note: to keep every task's result and error, wait with 'co_await folly::coro::collectAllTry(<task>, <task>)'; {{.*}}
  show(a);
  show(b);
}

// Children wrapped in co_awaitTry keep their error as a value.
folly::coro::Task<void> negativeTryWrappedChildren() {
  auto [a, b] = co_await folly::coro::collectAll(folly::coro::co_awaitTry(fetch(1)),
                                                 folly::coro::co_awaitTry(fetch(2)));
  show(a.value());
  show(b.value());
}
