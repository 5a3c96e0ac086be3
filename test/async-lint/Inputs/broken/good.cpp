#include <boost/asio.hpp>
#include <thread>

boost::asio::awaitable<void> napping() {
  std::this_thread::sleep_for(std::chrono::seconds(1));
  co_return;
}
