#include <boost/asio.hpp>
#include <boost/asio/experimental/awaitable_operators.hpp>
#include <boost/asio/use_awaitable.hpp>

using boost::asio::awaitable;
using boost::asio::ip::tcp;
using namespace boost::asio::experimental::awaitable_operators;

awaitable<void> handle(tcp::socket socket) { co_return; }

// Each accept() has a fix-it; with --fix-notes so has the note on '&&',
// whose range holds both calls: the fixes overlap.
awaitable<void> serveTwo(tcp::acceptor &acceptor) {
  co_await (handle(co_await acceptor.async_accept(boost::asio::use_awaitable)) && handle(co_await acceptor.async_accept(boost::asio::use_awaitable)));
}
