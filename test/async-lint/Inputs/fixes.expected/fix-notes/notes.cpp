#include <folly/coro/Collect.h>
#include <folly/coro/Task.h>

#include <vector>

#include <utility>

folly::coro::Task<void> send(int v);

// The rewrite to a gathered form is a note's fix-it: --fix-notes only.
folly::coro::Task<void> sendAll() {
  {
    std::vector<folly::coro::Task<void>> ops;
    for (int v : {1, 2, 3})
      ops.push_back(send(v));
    for (auto &&result : co_await folly::coro::collectAllTryRange(std::move(ops)))
      static_cast<void>(std::move(result).value());
  }
}
