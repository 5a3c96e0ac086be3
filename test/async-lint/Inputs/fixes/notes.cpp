#include <boost/asio.hpp>
#include <boost/asio/experimental/awaitable_operators.hpp>

using boost::asio::awaitable;
using namespace boost::asio::experimental::awaitable_operators;

awaitable<int> fetch(int x) { co_return x; }

// The rewrite to a parallel group is a note's fix-it: --fix-notes only.
awaitable<void> fetchBoth() {
  co_await (fetch(1) && fetch(2));
}
