// RUN: %check_async_tidy -fix-notes %s async-all-or-nothing-wait %t

#include <cppcoro/task.hpp>
#include <cppcoro/when_all.hpp>
#include <vector>
// when_all_ready has a header of its own, which the fix includes.
// CHECK-FIXES: #include <cppcoro/task.hpp>
// CHECK-FIXES-NEXT: #include <cppcoro/when_all.hpp>
// CHECK-FIXES-NEXT: #include <cppcoro/when_all_ready.hpp>
// CHECK-FIXES-NEXT: #include <vector>

cppcoro::task<int> fetch(int x) { co_return x; }

// cppcoro waits for every task, then keeps one exception.
cppcoro::task<void> positiveWhenAll(std::vector<cppcoro::task<int>> tasks) {
  auto [a, b] = co_await cppcoro::when_all(fetch(1), fetch(2));
  // CHECK-MESSAGES: :[[@LINE-1]]:35: warning: 'cppcoro::when_all' is all-or-nothing: if one task fails, the results of the others are discarded and only one exception is kept [async-all-or-nothing-wait]
  // CHECK-MESSAGES: :[[@LINE-2]]:35: note: use 'when_all_ready' to keep the outcome of every task; the code that reads the result must then inspect each one
  // CHECK-FIXES: auto [a, b] = co_await cppcoro::when_all_ready(fetch(1), fetch(2));
  co_await cppcoro::when_all(std::move(tasks));
  // CHECK-MESSAGES: :[[@LINE-1]]:21: warning: 'cppcoro::when_all' is all-or-nothing: if one task fails, the results of the others are discarded and only one exception is kept [async-all-or-nothing-wait]
  // CHECK-MESSAGES: :[[@LINE-2]]:21: note: use 'when_all_ready' to keep the outcome of every task; the code that reads the result must then inspect each one
  // CHECK-FIXES: co_await cppcoro::when_all_ready(std::move(tasks));
}

cppcoro::task<void> negativeWhenAllReady() {
  auto [a, b] = co_await cppcoro::when_all_ready(fetch(1), fetch(2));
  (void)a.result();
  (void)b.result();
}
