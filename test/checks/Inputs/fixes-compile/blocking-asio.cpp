// async-blocking-call-in-coroutine, standalone Asio: the sleep needs the
// timer, this_coro and use_awaitable headers; the async_* forms need
// <asio/use_awaitable.hpp>.
#include <asio/awaitable.hpp>
#include <asio/buffer.hpp>
#include <asio/ip/tcp.hpp>
#include <asio/write.hpp>
#include <chrono>
#include <thread>

asio::awaitable<void> echo(asio::ip::tcp::socket &socket) {
  char data[64];
  std::size_t n = socket.read_some(asio::buffer(data));
  asio::write(socket, asio::buffer(data, n));
  std::this_thread::sleep_for(std::chrono::milliseconds(10));
  co_return;
}
