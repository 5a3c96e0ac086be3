// RUN: %check_async_tidy -expect-clang-tidy-error %s async-await-in-loop,async-sequential-awaits %t

// Code that does not compile: no crash, and no finding made up from recovery
// nodes.

#include <vector>
#include <folly/coro/Task.h>

folly::coro::Task<int> fetch(int id);

folly::coro::Task<void> invalidUndeclared(std::vector<int> ids) {
  for (int id : ids)
    co_await undeclared(id);
  // CHECK-MESSAGES: :[[@LINE-1]]:14: error: use of undeclared identifier 'undeclared' [clang-diagnostic-error]
  int a = co_await missing(1);
  // CHECK-MESSAGES: :[[@LINE-1]]:20: error: use of undeclared identifier 'missing' [clang-diagnostic-error]
  int b = co_await fetch(2, 3);
  // CHECK-MESSAGES: :[[@LINE-1]]:20: error: no matching function for call to 'fetch' [clang-diagnostic-error]
}

template <typename T> folly::coro::Task<void> uninstantiated(std::vector<T> xs) {
  for (const T &x : xs)
    co_await x.fetch();
  auto a = co_await T::one();
  auto b = co_await T::two();
}
