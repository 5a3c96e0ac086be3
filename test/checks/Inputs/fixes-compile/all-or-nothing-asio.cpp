// async-all-or-nothing-wait, standalone Asio: the parallel group needs
// <asio/use_awaitable.hpp>.
#include <asio/awaitable.hpp>
#include <asio/experimental/awaitable_operators.hpp>

using namespace asio::experimental::awaitable_operators;

asio::awaitable<int> fetch(int x);
asio::awaitable<void> both() {
  // The result changes shape (an order and two exceptions): discard it.
  co_await (fetch(1) && fetch(2));
}
