#include <folly/coro/BlockingWait.h>
#include <folly/coro/Collect.h>
#include <folly/coro/Task.h>

#include <vector>

#include <utility>

folly::coro::Task<int> fetch(int v);
folly::coro::Task<void> send(int v);

// blockingWait has a fix-it; with --fix-notes so has the note on the loop,
// whose range holds the call: the fixes overlap.
folly::coro::Task<void> relayAll() {
  {
    std::vector<folly::coro::Task<void>> ops;
    for (int v : {1, 2, 3})
      ops.push_back(send(folly::coro::blockingWait(fetch(v))));
    for (auto &&result : co_await folly::coro::collectAllTryRange(std::move(ops)))
      static_cast<void>(std::move(result).value());
  }
}
