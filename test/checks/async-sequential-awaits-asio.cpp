// RUN: %check_async_tidy %s async-sequential-awaits %t

// Boost.Asio: a variadic parallel group over deferred co_spawns; operations
// on the same socket stay in order.

#include <boost/asio.hpp>
#include <string>

namespace asio = boost::asio;
using asio::awaitable;
using asio::ip::tcp;

awaitable<std::string> lookup(std::string name);

awaitable<void> positiveLookups() {
  std::string a = co_await lookup("a");
  std::string b = co_await lookup("b");
  // CHECK-MESSAGES: :[[@LINE-1]]:19: warning: 'co_await' starts this operation only after the previous one completed, although neither depends on the other's result [async-sequential-awaits]
  // CHECK-MESSAGES: :[[@LINE-3]]:19: note: previous independent operation awaited here; await them together: 'co_await boost::asio::experimental::make_parallel_group(boost::asio::co_spawn(executor, lookup("a"), boost::asio::deferred), boost::asio::co_spawn(executor, lookup("b"), boost::asio::deferred)).async_wait(boost::asio::experimental::wait_for_all(), boost::asio::use_awaitable)'
}

awaitable<void> negativeSameSocket(tcp::socket &socket) {
  char head[4], body[16];
  std::size_t n = co_await socket.async_read_some(asio::buffer(head),
                                                  asio::use_awaitable);
  std::size_t m = co_await socket.async_read_some(asio::buffer(body),
                                                  asio::use_awaitable);
  (void)n;
  (void)m;
}

awaitable<void> negativeResolveThenConnect(tcp::resolver &resolver,
                                           tcp::socket &socket) {
  auto endpoints = co_await resolver.async_resolve("host", "80",
                                                   asio::use_awaitable);
  auto endpoint = co_await asio::async_connect(socket, endpoints,
                                               asio::use_awaitable);
  (void)endpoint;
}
