// async-blocking-call-in-coroutine, folly: the sleep needs
// <folly/coro/Sleep.h>.
#include <chrono>
#include <folly/coro/Task.h>
#include <thread>

folly::coro::Task<void> nap() {
  std::this_thread::sleep_for(std::chrono::milliseconds(10));
  co_return;
}
