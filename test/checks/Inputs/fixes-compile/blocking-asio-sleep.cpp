// async-blocking-call-in-coroutine, standalone Asio: the sleep needs the
// timer, this_coro and use_awaitable headers.
#include <asio/awaitable.hpp>
#include <chrono>
#include <thread>

asio::awaitable<void> nap() {
  std::this_thread::sleep_for(std::chrono::milliseconds(10));
  co_return;
}
