// RUN: %check_async_tidy -fix-notes %s async-all-or-nothing-wait %t -- %asio_flags

// Against the real standalone asio 1.22 headers: the fix spells `asio::`.
#include <asio.hpp>
#include <asio/experimental/awaitable_operators.hpp>
// The parallel group's headers are inserted (the umbrella header already has
// them; the fix cannot know that).
// CHECK-FIXES: #include <asio.hpp>
// CHECK-FIXES-NEXT: #include <asio/co_spawn.hpp>
// CHECK-FIXES-NEXT: #include <asio/experimental/awaitable_operators.hpp>
// CHECK-FIXES-NEXT: #include <asio/experimental/deferred.hpp>
// CHECK-FIXES-NEXT: #include <asio/experimental/parallel_group.hpp>
// CHECK-FIXES-NEXT: #include <asio/this_coro.hpp>
// CHECK-FIXES-NEXT: #include <asio/use_awaitable.hpp>

using asio::awaitable;
using namespace asio::experimental::awaitable_operators;

awaitable<int> fetch(int x) { co_return x; }

awaitable<void> positiveAndOperator() {
  co_await (fetch(1) && fetch(2));
  // CHECK-MESSAGES: :[[@LINE-1]]:22: warning: 'operator&&' on awaitables is all-or-nothing: if one task fails, the results of the others are discarded and they are cancelled [async-all-or-nothing-wait]
  // CHECK-MESSAGES: :[[@LINE-2]]:22: note: to keep the outcome of every task, wait for all of them with 'asio::experimental::make_parallel_group(asio::co_spawn(co_await asio::this_coro::executor, fetch(1), asio::experimental::deferred), asio::co_spawn(co_await asio::this_coro::executor, fetch(2), asio::experimental::deferred)).async_wait(asio::experimental::wait_for_all(), asio::use_awaitable)'; the code that reads the result must then inspect each one
  // CHECK-FIXES: co_await (asio::experimental::make_parallel_group(asio::co_spawn(co_await asio::this_coro::executor, fetch(1), asio::experimental::deferred), asio::co_spawn(co_await asio::this_coro::executor, fetch(2), asio::experimental::deferred)).async_wait(asio::experimental::wait_for_all(), asio::use_awaitable));
}
