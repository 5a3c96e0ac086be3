// async-blocking-call-in-coroutine, Boost.Asio: the sleep needs the timer,
// this_coro and use_awaitable headers.
#include <boost/asio/awaitable.hpp>
#include <chrono>
#include <thread>

boost::asio::awaitable<void> nap() {
  std::this_thread::sleep_for(std::chrono::milliseconds(10));
  co_return;
}
