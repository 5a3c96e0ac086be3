// RUN: %check_async_tidy -fix-notes %s async-all-or-nothing-wait %t

// The counterpart changes the result's shape: every place that reads a
// result, and every one that relies on the first error propagating, must
// change with it. The check offers no fix-it, not even on a note: with
// --fix-notes the file stays as it is.
#include <boost/asio.hpp>
#include <boost/asio/experimental/awaitable_operators.hpp>
#include <folly/coro/Collect.h>
#include <folly/coro/Task.h>

folly::coro::Task<int> fetch(int x) { co_return x; }
void show(int);

folly::coro::Task<void> positiveCollectAll() {
  auto [a, b] = co_await folly::coro::collectAll(fetch(1), fetch(2));
  // CHECK-MESSAGES: :[[@LINE-1]]:39: warning: 'folly::coro::collectAll' is all-or-nothing: {{.*}}
  // CHECK-FIXES: auto [a, b] = co_await folly::coro::collectAll(fetch(1), fetch(2));
  show(a);
  show(b);
}

using namespace boost::asio::experimental::awaitable_operators;
boost::asio::awaitable<int> afetch(int x) { co_return x; }

boost::asio::awaitable<void> positiveAndOperator() {
  auto [a, b, c] = co_await (afetch(1) && afetch(2) && afetch(3));
  // CHECK-MESSAGES: :[[@LINE-1]]:53: warning: 'operator&&' on awaitables is all-or-nothing: {{.*}}
  // CHECK-FIXES: auto [a, b, c] = co_await (afetch(1) && afetch(2) && afetch(3));
  show(a);
  show(b);
}
