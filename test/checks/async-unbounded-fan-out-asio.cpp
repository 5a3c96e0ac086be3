// RUN: %check_async_tidy %s async-unbounded-fan-out %t

#include <boost/asio.hpp>
#include <boost/asio/experimental/parallel_group.hpp>
#include <vector>

namespace asio = boost::asio;
using asio::awaitable;

awaitable<int> fetch(int id) { co_return id; }

// The ranged parallel group (Boost >= 1.81) starts every operation at once.
awaitable<void> positiveRangedGroup(std::vector<int> ids) {
  auto ex = co_await asio::this_coro::executor;
  using Op = decltype(asio::co_spawn(ex, fetch(0), asio::deferred));
  std::vector<Op> ops;
  for (int id : ids)
    ops.push_back(asio::co_spawn(ex, fetch(id), asio::deferred));
  co_await asio::experimental::make_parallel_group(std::move(ops))
  // CHECK-MESSAGES: :[[@LINE-1]]:32: warning: 'boost::asio::experimental::make_parallel_group' starts every task in 'ops' at once: their number grows with the input and nothing limits how many run concurrently [async-unbounded-fan-out]
  // CHECK-MESSAGES: :[[@LINE-4]]:3: note: 'ops' gets one task per iteration of this loop
  // CHECK-MESSAGES: :[[@LINE-3]]:32: note: bound the number of tasks in flight with <max-in-flight> worker coroutines pulling from a boost::asio::experimental::channel, or chunks of at most <max-in-flight> operations per group
      .async_wait(asio::experimental::wait_for_all(), asio::use_awaitable);
}

// The variadic group has a fixed number of operations.
awaitable<void> negativeVariadicGroup() {
  auto ex = co_await asio::this_coro::executor;
  co_await asio::experimental::make_parallel_group(
      asio::co_spawn(ex, fetch(1), asio::deferred),
      asio::co_spawn(ex, fetch(2), asio::deferred))
      .async_wait(asio::experimental::wait_for_all(), asio::use_awaitable);
}
