#include <boost/asio/awaitable.hpp>
#include <cppcoro/task.hpp>
#include <thread>

using namespace std::chrono_literals;

boost::asio::awaitable<void> positiveSleep() {
  std::this_thread::sleep_for(100ms);
  co_return;
}

cppcoro::task<> send(int x);

cppcoro::task<> positiveLoop() {
  for (int x : {1, 2, 3})
    co_await send(x);
}

bool negativeClangNoteFix(bool a, bool b, bool c) { return a && b || c; }
