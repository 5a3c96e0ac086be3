// async-all-or-nothing-wait, Boost.Asio: the parallel group needs
// <boost/asio/use_awaitable.hpp>.
#include <boost/asio/awaitable.hpp>
#include <boost/asio/experimental/awaitable_operators.hpp>

using namespace boost::asio::experimental::awaitable_operators;

boost::asio::awaitable<int> fetch(int x);
boost::asio::awaitable<void> both() {
  // The result changes shape (an order and two exceptions): discard it.
  co_await (fetch(1) && fetch(2));
}
