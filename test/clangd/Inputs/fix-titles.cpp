#include <boost/asio.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/asio/this_coro.hpp>
#include <boost/asio/use_awaitable.hpp>
#include <cppcoro/task.hpp>
#include <thread>

using namespace std::chrono_literals;
namespace asio = boost::asio;

asio::awaitable<void> positiveSleep() {
  std::this_thread::sleep_for(100ms);
  co_return;
}

asio::awaitable<void> positiveReads(asio::ip::tcp::socket &a,
                                    asio::ip::tcp::socket &b) {
  char data[64];
  a.read_some(asio::buffer(data));
  b.read_some(asio::buffer(data));
  co_return;
}

cppcoro::task<> send(int x);
cppcoro::task<> flush();

cppcoro::task<> positiveDiscarded() {
  send(1); flush();
  co_return;
}

int *negativeOtherCheck() { return 0; }
