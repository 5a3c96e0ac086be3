// async-blocking-call-in-coroutine, standalone Asio: the async_* forms need
// <asio/use_awaitable.hpp>.
#include <asio/awaitable.hpp>
#include <asio/buffer.hpp>
#include <asio/ip/tcp.hpp>
#include <asio/write.hpp>

asio::awaitable<void> echo(asio::ip::tcp::socket &socket) {
  char data[64];
  std::size_t n = socket.read_some(asio::buffer(data));
  asio::write(socket, asio::buffer(data, n));
  co_return;
}
