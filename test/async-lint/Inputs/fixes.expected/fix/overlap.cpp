#include <folly/coro/BlockingWait.h>
#include <folly/coro/Task.h>

folly::coro::Task<int> fetch(int v);
folly::coro::Task<void> send(int v);

// blockingWait has a fix-it; with --fix-notes so has the note on the loop,
// whose range holds the call: the fixes overlap.
folly::coro::Task<void> relayAll() {
  for (int v : {1, 2, 3})
    co_await send(co_await fetch(v));
}
