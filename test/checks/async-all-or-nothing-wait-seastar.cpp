// RUN: %check_async_tidy -fix-notes %s async-all-or-nothing-wait %t

#include <seastar/core/future.hh>
#include <seastar/core/when_all.hh>
#include <seastar/coroutine/as_future.hh>
#include <vector>

seastar::future<int> fetch(int x) { co_return x; }

// In Seastar when_all_succeed is the lossy one; nothing is cancelled.
seastar::future<> positiveWhenAllSucceed(std::vector<seastar::future<int>> futures) {
  auto [a, b] = co_await seastar::when_all_succeed(fetch(1), fetch(2));
  // CHECK-MESSAGES: :[[@LINE-1]]:35: warning: 'seastar::when_all_succeed' is all-or-nothing: if one task fails, the results of the others are discarded and only one exception is kept [async-all-or-nothing-wait]
  // CHECK-MESSAGES: :[[@LINE-2]]:35: note: use 'when_all' to keep the outcome of every task; the code that reads the result must then inspect each one
  // CHECK-FIXES: auto [a, b] = co_await seastar::when_all(fetch(1), fetch(2));
  co_await seastar::when_all_succeed(std::move(futures));
  // CHECK-MESSAGES: :[[@LINE-1]]:21: warning: 'seastar::when_all_succeed' is all-or-nothing: if one task fails, the results of the others are discarded and only one exception is kept [async-all-or-nothing-wait]
  // CHECK-MESSAGES: :[[@LINE-2]]:21: note: use 'when_all' to keep the outcome of every task; the code that reads the result must then inspect each one
  // CHECK-FIXES: co_await seastar::when_all(std::move(futures));
}

// seastar::when_all collects: a future per input.
seastar::future<> negativeWhenAll() {
  auto both = co_await seastar::when_all(fetch(1), fetch(2));
  (void)both;
}
