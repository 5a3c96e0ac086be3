#include <boost/asio.hpp>
#include <chrono>
#include <thread>

// clang warns about the unused field (GCC does not); under the database's
// -Werror that must not fail the unit.
class Holder {
  int unused_ = 0;
};

boost::asio::awaitable<void> first() {
  std::this_thread::sleep_for(std::chrono::milliseconds(1));
  co_return;
}
