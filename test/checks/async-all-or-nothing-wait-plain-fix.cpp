// RUN: %check_async_tidy %s async-all-or-nothing-wait %t

// The replacements change the result type: plain --fix never applies them
// (no fix expectations here: the file must stay unchanged).
#include <boost/asio.hpp>
#include <boost/asio/experimental/awaitable_operators.hpp>
#include <folly/coro/Collect.h>
#include <folly/coro/Task.h>

folly::coro::Task<int> fetch(int x) { co_return x; }

folly::coro::Task<void> positiveCollectAll() {
  co_await folly::coro::collectAll(fetch(1), fetch(2));
  // CHECK-MESSAGES: :[[@LINE-1]]:25: warning: 'folly::coro::collectAll' is all-or-nothing: if one task fails, the results of the others are discarded and they are cancelled [async-all-or-nothing-wait]
}

using namespace boost::asio::experimental::awaitable_operators;
boost::asio::awaitable<int> afetch(int x) { co_return x; }

boost::asio::awaitable<void> positiveAndOperator() {
  co_await (afetch(1) && afetch(2));
  // CHECK-MESSAGES: :[[@LINE-1]]:23: warning: 'operator&&' on awaitables is all-or-nothing: if one task fails, the results of the others are discarded and they are cancelled [async-all-or-nothing-wait]
}
