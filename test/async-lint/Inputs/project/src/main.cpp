#include "util.h"
#include "vendored.h"

using namespace std::chrono_literals;

boost::asio::awaitable<void> napping() {
  std::this_thread::sleep_for(100ms);
  co_return;
}

boost::asio::awaitable<void> suppressed() {
  std::this_thread::sleep_for(100ms); // NOLINT(async-blocking-call-in-coroutine)
  // NOLINTNEXTLINE
  std::this_thread::sleep_for(100ms);
  co_return;
}

// NOLINTBEGIN(async-*)
boost::asio::awaitable<void> suppressedBlock() {
  std::this_thread::sleep_for(100ms);
  co_return;
}
// NOLINTEND(async-*)
