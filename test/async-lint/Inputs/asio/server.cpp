#include <asio.hpp>
#include <chrono>
#include <thread>

asio::awaitable<void> serve(asio::ip::tcp::acceptor &acceptor) {
  std::this_thread::sleep_for(std::chrono::milliseconds(100));
  auto socket = acceptor.accept();
  co_return;
}
