// async-blocking-call-in-coroutine, Boost.Asio: the async_* forms need
// <boost/asio/use_awaitable.hpp>.
#include <boost/asio/awaitable.hpp>
#include <boost/asio/buffer.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/write.hpp>

boost::asio::awaitable<void> echo(boost::asio::ip::tcp::socket &socket) {
  char data[64];
  std::size_t n = socket.read_some(boost::asio::buffer(data));
  boost::asio::write(socket, boost::asio::buffer(data, n));
  co_return;
}
