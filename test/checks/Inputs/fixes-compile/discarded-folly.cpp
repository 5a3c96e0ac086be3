// async-discarded-task: `co_await ` needs no header.
#include <folly/coro/Task.h>

folly::coro::Task<void> step();
folly::coro::Task<void> run() {
  step();
  co_return;
}
