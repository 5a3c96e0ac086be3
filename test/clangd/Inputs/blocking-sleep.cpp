#include <boost/asio/awaitable.hpp>
#include <thread>

using namespace std::chrono_literals;

boost::asio::awaitable<void> positiveSleep() {
  std::this_thread::sleep_for(100ms);
  co_return;
}

void negativeSleepOutsideCoroutine() { std::this_thread::sleep_for(1ms); }
