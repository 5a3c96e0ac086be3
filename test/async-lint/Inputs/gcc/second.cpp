#include <boost/asio.hpp>
#include <chrono>
#include <thread>

boost::asio::awaitable<void> second() {
  std::this_thread::sleep_for(std::chrono::milliseconds(2));
  co_return;
}
