#include <boost/asio/awaitable.hpp>
#include <chrono>
#include <inhouse/task.h>
#include <thread>

using namespace std::chrono_literals;

acme::Task<> inHouse() {
  std::this_thread::sleep_for(10ms);
  co_return;
}

boost::asio::awaitable<void> asio() {
  std::this_thread::sleep_for(10ms);
  co_return;
}
