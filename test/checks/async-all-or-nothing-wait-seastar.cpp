// RUN: %check_async_tidy %s async-all-or-nothing-wait %t

#include <seastar/core/future.hh>
#include <seastar/core/when_all.hh>
#include <seastar/coroutine/as_future.hh>
#include <vector>

seastar::future<int> fetch(int x) { co_return x; }
void show(int);

// In Seastar when_all_succeed is the lossy one; nothing is cancelled.
seastar::future<> positiveWhenAllSucceed(std::vector<seastar::future<int>> futures) {
  auto [a, b] = co_await seastar::when_all_succeed(fetch(1), fetch(2));
  // CHECK-MESSAGES: :[[@LINE-1]]:35: warning: 'seastar::when_all_succeed' is all-or-nothing: if one task fails, the results of the others are discarded and only one exception is kept [async-all-or-nothing-wait]
  // CHECK-MESSAGES: :[[@LINE+2]]:8: note: this result is used on its own here, so the others' would still be usable
  // CHECK-MESSAGES: :[[@LINE-3]]:35: note: to keep every task's result and error, wait with 'co_await seastar::when_all(fetch(1), fetch(2))'; it gives one resolved 'seastar::future' per task: 'failed()' tells whether that task failed, 'get()' gives its value or rethrows its error
  show(a);
  show(b);
  for (int value : co_await seastar::when_all_succeed(std::move(futures)))
    // CHECK-MESSAGES: :[[@LINE-1]]:38: warning: 'seastar::when_all_succeed' is all-or-nothing: {{.*}}
    // CHECK-MESSAGES: :[[@LINE-2]]:3: note: the results are used one by one here, so the others' would still be usable
    // CHECK-MESSAGES: :[[@LINE-3]]:38: note: to keep every task's result and error, wait with 'co_await seastar::when_all(std::move(futures))'; {{.*}}
    show(value);
}

// Discarded: the first error propagates.
seastar::future<> negativeDiscarded(std::vector<seastar::future<int>> futures) {
  co_await seastar::when_all_succeed(std::move(futures));
}

// seastar::when_all collects: a future per input.
seastar::future<> negativeWhenAll() {
  auto both = co_await seastar::when_all(fetch(1), fetch(2));
  (void)both;
}
