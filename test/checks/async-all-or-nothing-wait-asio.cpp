// RUN: %check_async_tidy -fix-notes %s async-all-or-nothing-wait %t
// RUN: %check_async_tidy -check-suffix=OFF %s async-all-or-nothing-wait %t -config='{CheckOptions: {async-all-or-nothing-wait.CheckAwaitableOperators: false}}'

#include <boost/asio.hpp>
#include <boost/asio/experimental/awaitable_operators.hpp>
// The parallel group's headers are inserted (the umbrella header already has
// them; the fix cannot know that).
// CHECK-FIXES: #include <boost/asio.hpp>
// CHECK-FIXES-NEXT: #include <boost/asio/co_spawn.hpp>
// CHECK-FIXES-NEXT: #include <boost/asio/experimental/awaitable_operators.hpp>
// CHECK-FIXES-NEXT: #include <boost/asio/experimental/deferred.hpp>
// CHECK-FIXES-NEXT: #include <boost/asio/experimental/parallel_group.hpp>
// CHECK-FIXES-NEXT: #include <boost/asio/this_coro.hpp>
// CHECK-FIXES-NEXT: #include <boost/asio/use_awaitable.hpp>

namespace asio = boost::asio;
using asio::awaitable;
using namespace asio::experimental::awaitable_operators;

awaitable<int> fetch(int x) { co_return x; }

awaitable<void> positiveAndOperator() {
  auto [a, b] = co_await (fetch(1) && fetch(2));
  // CHECK-MESSAGES: :[[@LINE-1]]:36: warning: 'operator&&' on awaitables is all-or-nothing: if one task fails, the results of the others are discarded and they are cancelled [async-all-or-nothing-wait]
  // CHECK-MESSAGES: :[[@LINE-2]]:36: note: to keep the outcome of every task, wait for all of them with 'boost::asio::experimental::make_parallel_group(boost::asio::co_spawn(co_await boost::asio::this_coro::executor, fetch(1), boost::asio::experimental::deferred), boost::asio::co_spawn(co_await boost::asio::this_coro::executor, fetch(2), boost::asio::experimental::deferred)).async_wait(boost::asio::experimental::wait_for_all(), boost::asio::use_awaitable)'; the code that reads the result must then inspect each one
  // CHECK-FIXES: auto [a, b] = co_await (boost::asio::experimental::make_parallel_group(boost::asio::co_spawn(co_await boost::asio::this_coro::executor, fetch(1), boost::asio::experimental::deferred), boost::asio::co_spawn(co_await boost::asio::this_coro::executor, fetch(2), boost::asio::experimental::deferred)).async_wait(boost::asio::experimental::wait_for_all(), boost::asio::use_awaitable));
  co_return;
}

// A chain is reported once, at the outermost operator, without a fix.
awaitable<void> positiveChain() {
  co_await (fetch(1) && fetch(2) && fetch(3));
  // CHECK-MESSAGES: :[[@LINE-1]]:34: warning: 'operator&&' on awaitables is all-or-nothing: if one task fails, the results of the others are discarded and they are cancelled [async-all-or-nothing-wait]
  // CHECK-MESSAGES: :[[@LINE-2]]:34: note: to keep the outcome of every task, wait for all of them with 'boost::asio::experimental::make_parallel_group(boost::asio::co_spawn(co_await boost::asio::this_coro::executor, fetch(1) && fetch(2), boost::asio::experimental::deferred), boost::asio::co_spawn(co_await boost::asio::this_coro::executor, fetch(3), boost::asio::experimental::deferred)).async_wait(boost::asio::experimental::wait_for_all(), boost::asio::use_awaitable)'; the code that reads the result must then inspect each one
}

awaitable<int> guarded(int x) {
  try {
    co_return co_await fetch(x);
  } catch (...) {
    co_return 0;
  }
}

awaitable<void> negativeGuardedChildren() {
  co_await (guarded(1) && guarded(2));
}

// operator|| waits for one success: not all-or-nothing.
awaitable<void> negativeOrOperator() {
  co_await (fetch(1) || fetch(2));
}

// The collecting form itself.
awaitable<void> negativeParallelGroup() {
  auto ex = co_await asio::this_coro::executor;
  auto [order, e1, r1, e2, r2] =
      co_await asio::experimental::make_parallel_group(
          asio::co_spawn(ex, fetch(1), asio::experimental::deferred),
          asio::co_spawn(ex, fetch(2), asio::experimental::deferred))
          .async_wait(asio::experimental::wait_for_all(), asio::use_awaitable);
}

// Built-in && on booleans is not the operator.
awaitable<bool> negativeBuiltinAnd(bool a, bool b) { co_return a && b; }
