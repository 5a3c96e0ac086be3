#include <asio/awaitable.hpp>
#include <thread>

using namespace std::chrono_literals;

asio::awaitable<void> positiveSleep() {
  std::this_thread::sleep_for(100ms);
  co_return;
}
