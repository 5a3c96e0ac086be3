#include <boost/asio/awaitable.hpp>
#include <thread>

using namespace std::chrono_literals;

struct Clock { int ticks; int tocks; };

boost::asio::awaitable<void> positiveSleepBesideBuiltinCheck(Clock clock) {
  int *none = 0;
  std::this_thread::sleep_for(1ms);
  (void)clock.ticks;
  (void)none;
  co_return;
}
