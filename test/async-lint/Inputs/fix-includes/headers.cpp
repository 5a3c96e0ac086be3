#include <folly/coro/Task.h>
#include <chrono>
#include <thread>

folly::coro::Task<void> send(int v);

// The loop's note fix and the sleep's fix both insert headers at the top
// and <utility> (.clang-tidy) after <thread>: each header once, both fixes.
folly::coro::Task<void> sendAll() {
  for (int v : {1, 2, 3})
    co_await send(v);
  std::this_thread::sleep_for(std::chrono::seconds(1));
}
