#include <boost/asio/awaitable.hpp>
#include <cppcoro/task.hpp>
#include <cppcoro/when_all.hpp>
#include <thread>

using namespace std::chrono_literals;

boost::asio::awaitable<void> positiveSleep() {
  std::this_thread::sleep_for(100ms);
  co_return;
}

cppcoro::task<int> fetch(int x) { co_return x; }

cppcoro::task<int> positiveWhenAll() {
  auto [a, b] = co_await cppcoro::when_all(fetch(1), fetch(2));
  co_return a + b;
}

bool negativeClangNoteFix(bool a, bool b, bool c) { return a && b || c; }
