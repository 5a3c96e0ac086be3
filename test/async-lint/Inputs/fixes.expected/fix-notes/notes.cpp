#include <boost/asio.hpp>
#include <boost/asio/co_spawn.hpp>
#include <boost/asio/experimental/awaitable_operators.hpp>
#include <boost/asio/experimental/deferred.hpp>
#include <boost/asio/experimental/parallel_group.hpp>
#include <boost/asio/this_coro.hpp>
#include <boost/asio/use_awaitable.hpp>

using boost::asio::awaitable;
using namespace boost::asio::experimental::awaitable_operators;

awaitable<int> fetch(int x) { co_return x; }

// The rewrite to a parallel group is a note's fix-it: --fix-notes only.
awaitable<void> fetchBoth() {
  co_await (boost::asio::experimental::make_parallel_group(boost::asio::co_spawn(co_await boost::asio::this_coro::executor, fetch(1), boost::asio::experimental::deferred), boost::asio::co_spawn(co_await boost::asio::this_coro::executor, fetch(2), boost::asio::experimental::deferred)).async_wait(boost::asio::experimental::wait_for_all(), boost::asio::use_awaitable));
}
