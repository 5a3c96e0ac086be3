#include <folly/coro/Task.h>

folly::coro::Task<void> send(int v);

// The rewrite to a gathered form is a note's fix-it: --fix-notes only.
folly::coro::Task<void> sendAll() {
  for (int v : {1, 2, 3})
    co_await send(v);
}
