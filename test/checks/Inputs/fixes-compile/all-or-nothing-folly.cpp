// async-all-or-nothing-wait, folly: collectAllTry is in the same header.
#include <folly/coro/Collect.h>
#include <folly/coro/Task.h>

folly::coro::Task<int> fetch(int x);
folly::coro::Task<void> both() {
  auto [a, b] = co_await folly::coro::collectAll(fetch(1), fetch(2));
}
