// RUN: %check_async_tidy %s async-all-or-nothing-wait %t
// RUN: %check_async_tidy -check-suffix=OFF %s async-all-or-nothing-wait %t -config='{CheckOptions: {async-all-or-nothing-wait.CheckAwaitableOperators: false}}'
// The note's shape, with <executor> filled in, compiles with the deprecated
// names removed (it spells boost::asio::deferred, not the experimental one).
// RUN: %clangxx -fsyntax-only -std=c++20 -DBOOST_ASIO_NO_DEPRECATED -DSHAPE %s

#include <boost/asio.hpp>
#include <boost/asio/experimental/awaitable_operators.hpp>
#include <boost/asio/experimental/parallel_group.hpp>
#include <string>
#include <system_error>

namespace asio = boost::asio;
using asio::awaitable;
using namespace asio::experimental::awaitable_operators;

awaitable<int> fetch(int x) { co_return x; }
void show(int);

struct Quotes {
  int Ko = 0, Pep = 0;
  awaitable<void> refresh();
};

// Each result is stored on its own: one failed fetch loses the other quote.
awaitable<void> Quotes::refresh() {
  auto [ko, pep] = co_await (fetch(1) && fetch(2));
  // CHECK-MESSAGES: :[[@LINE-1]]:39: warning: 'operator&&' on awaitables is all-or-nothing: if one task fails, the results of the others are discarded and they are cancelled [async-all-or-nothing-wait]
  // CHECK-MESSAGES: :[[@LINE+2]]:8: note: this result is used on its own here, so the others' would still be usable
  // CHECK-MESSAGES: :[[@LINE-3]]:39: note: to keep every task's result and error, wait with 'auto [order, e1, r1, e2, r2] = co_await boost::asio::experimental::make_parallel_group(boost::asio::co_spawn(<executor>, fetch(1), boost::asio::deferred), boost::asio::co_spawn(<executor>, fetch(2), boost::asio::deferred)).async_wait(boost::asio::experimental::wait_for_all(), boost::asio::use_awaitable)'; 'eN' is task N's 'std::exception_ptr', null when it succeeded, and 'rN' its result, which a task returning void does not have
  Ko = ko;
  Pep = pep;
}

#ifdef SHAPE
// The note's shape, as the user would write it.
awaitable<void> shapeCompiles() {
  auto ex = co_await asio::this_coro::executor;
  auto [order, e1, r1, e2, r2] = co_await boost::asio::experimental::make_parallel_group(boost::asio::co_spawn(ex, fetch(1), boost::asio::deferred), boost::asio::co_spawn(ex, fetch(2), boost::asio::deferred)).async_wait(boost::asio::experimental::wait_for_all(), boost::asio::use_awaitable);
  if (!e1) show(r1);
  if (!e2) show(r2);
}
#endif

// A chain is reported once, at the outermost operator; the shape lists its
// tasks.
awaitable<void> positiveChain() {
  auto [a, b, c] = co_await (fetch(1) && fetch(2) && fetch(3));
  // CHECK-MESSAGES: :[[@LINE-1]]:51: warning: 'operator&&' on awaitables is all-or-nothing: {{.*}}
  // CHECK-MESSAGES: :[[@LINE+2]]:8: note: this result is used on its own here, so the others' would still be usable
  // CHECK-MESSAGES: :[[@LINE-3]]:51: note: to keep every task's result and error, wait with 'auto [order, e1, r1, e2, r2, e3, r3] = co_await boost::asio::experimental::make_parallel_group(boost::asio::co_spawn(<executor>, fetch(1), boost::asio::deferred), boost::asio::co_spawn(<executor>, fetch(2), boost::asio::deferred), boost::asio::co_spawn(<executor>, fetch(3), boost::asio::deferred)).async_wait({{.*}}
  show(a);
  show(b);
  show(c);
}

// A watchdog throws to cancel the other task: all-or-nothing is the point.
using time_point = std::chrono::steady_clock::time_point;
awaitable<int> echo(time_point &deadline) { co_return 0; }
awaitable<void> watchdog(time_point &deadline) {
  asio::steady_timer timer(co_await asio::this_coro::executor);
  timer.expires_at(deadline);
  co_await timer.async_wait(asio::use_awaitable);
  throw std::system_error(std::make_error_code(std::errc::timed_out));
}

awaitable<void> negativeWatchdog() {
  time_point deadline{};
  co_await (echo(deadline) && watchdog(deadline));
  int n = co_await (echo(deadline) && watchdog(deadline));
  show(n);
}

// Results combined into one.
awaitable<int> negativeCombined() {
  auto [a, b] = co_await (fetch(1) && fetch(2));
  co_return a + b;
}

// Discarded: the first error propagates, nothing else is read.
awaitable<void> negativeDiscarded() {
  co_await (fetch(1) && fetch(2));
}

// Tasks whose result carries the error (as_tuple, error_code, bool).
awaitable<std::tuple<boost::system::error_code, std::size_t>> readSome();
awaitable<bool> ping();
awaitable<void> negativeErrorsAsValues() {
  auto [ec, n, alive] = co_await (readSome() && ping());
  show(n);
  show(alive);
}

awaitable<int> guarded(int x) {
  try {
    co_return co_await fetch(x);
  } catch (...) {
    co_return 0;
  }
}

awaitable<void> negativeGuardedChildren() {
  auto [a, b] = co_await (guarded(1) && guarded(2));
  show(a);
  show(b);
}

// operator|| waits for one success: not all-or-nothing.
awaitable<void> negativeOrOperator() {
  auto r = co_await (fetch(1) || fetch(2));
  (void)r;
}

// A test of the operator: results read only in assertions.
#define CHECK(x) ((x) ? (void)0 : throw 0)
awaitable<void> negativeTestOfOperator() {
  std::tuple<int, int> ii;
  ii = co_await (fetch(0) && fetch(1));
  CHECK(std::get<0>(ii) == 0);
  CHECK(std::get<1>(ii) == 1);
}

// Read apart through std::get on a tuple variable.
awaitable<void> positiveTupleVariable() {
  std::tuple<int, int> ii;
  ii = co_await (fetch(0) && fetch(1));
  // CHECK-MESSAGES: :[[@LINE-1]]:27: warning: 'operator&&' on awaitables is all-or-nothing: {{.*}}
  // CHECK-MESSAGES: :[[@LINE+2]]:8: note: this result is used on its own here, so the others' would still be usable
  // CHECK-MESSAGES: :[[@LINE-3]]:27: note: to keep every task's result and error, {{.*}}
  show(std::get<0>(ii));
  show(std::get<1>(ii));
}

// The collecting form itself.
awaitable<void> negativeParallelGroup() {
  auto ex = co_await asio::this_coro::executor;
  auto [order, e1, r1, e2, r2] =
      co_await asio::experimental::make_parallel_group(
          asio::co_spawn(ex, fetch(1), asio::deferred),
          asio::co_spawn(ex, fetch(2), asio::deferred))
          .async_wait(asio::experimental::wait_for_all(), asio::use_awaitable);
  show(r1);
  show(r2);
}

// Built-in && on booleans is not the operator.
awaitable<bool> negativeBuiltinAnd(bool a, bool b) { co_return a && b; }
