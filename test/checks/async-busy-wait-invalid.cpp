// RUN: %check_async_tidy -expect-clang-tidy-error %s async-busy-wait,async-all-or-nothing-wait,async-unbounded-fan-out %t

// Invalid and dependent code: no crash, no finding from the broken parts.
#include <atomic>
#include <folly/coro/Collect.h>
#include <folly/coro/Task.h>
#include <vector>

std::atomic<bool> ready;
folly::coro::Task<int> fetch(int);

folly::coro::Task<void> brokenCondition() {
  while (!undeclared.load()) {
  }
  // CHECK-MESSAGES: :[[@LINE-2]]:11: error: use of undeclared identifier 'undeclared' [clang-diagnostic-error]
  co_return;
}

folly::coro::Task<void> brokenGather(std::vector<int> ids) {
  std::vector<folly::coro::Task<int>> tasks;
  for (int id : ids)
    tasks.push_back(fetch(id, missing));
  // CHECK-MESSAGES: :[[@LINE-1]]:31: error: use of undeclared identifier 'missing' [clang-diagnostic-error]
  co_await folly::coro::collectAll(fetch(1), nowhere());
  // CHECK-MESSAGES: :[[@LINE-1]]:46: error: use of undeclared identifier 'nowhere' [clang-diagnostic-error]
}

template <typename T> folly::coro::Task<void> dependent(T source) {
  while (!source.done()) {
  }
  std::vector<decltype(source.next())> tasks;
  for (int i = 0; i < source.size(); ++i)
    tasks.push_back(source.next());
  co_await folly::coro::collectAllRange(std::move(tasks));
  co_await folly::coro::collectAll(source.next(), source.next());
}
