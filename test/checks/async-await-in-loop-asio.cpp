// RUN: %check_async_tidy %s async-await-in-loop %t

// Boost.Asio: the ranged parallel group (Boost >= 1.81), and the stream,
// acceptor, channel and timer protocols that are sequential by nature.

#include <boost/asio.hpp>
#include <chrono>
#include <string>
#include <vector>

using namespace std::chrono_literals;
namespace asio = boost::asio;
using asio::awaitable;
using asio::ip::tcp;

awaitable<std::string> lookup(std::string name);

awaitable<void> positiveLookups(std::vector<std::string> names,
                                std::vector<std::string> &out) {
  for (const auto &name : names)
    out.push_back(co_await lookup(name));
  // CHECK-MESSAGES: :[[@LINE-1]]:19: warning: 'co_await' in a loop starts each operation only after the previous one completed, although no iteration depends on another's result [async-await-in-loop]
  // CHECK-MESSAGES: :[[@LINE-3]]:3: note: operations are awaited one at a time in this loop; to run them concurrently, collect each 'boost::asio::co_spawn(<executor>, lookup(name), boost::asio::deferred)' into a chunk of at most <max-in-flight> operations {{.*}}
}

awaitable<void> negativeReadLoop(tcp::socket &socket, std::string &all) {
  char data[1024];
  for (;;) {
    std::size_t n = co_await socket.async_read_some(asio::buffer(data),
                                                    asio::use_awaitable);
    all.append(data, n);
  }
}

awaitable<void> negativeAcceptLoop(tcp::acceptor &acceptor,
                                   std::vector<tcp::socket> &clients) {
  while (true)
    clients.push_back(co_await acceptor.async_accept(asio::use_awaitable));
}

awaitable<void> negativeTimerLoop(asio::steady_timer &timer) {
  for (int i = 0; i < 10; ++i) {
    timer.expires_after(1s);
    co_await timer.async_wait(asio::use_awaitable);
  }
}

awaitable<void> negativeWriteEach(tcp::socket &socket,
                                  std::vector<std::string> lines) {
  for (const auto &line : lines)
    co_await asio::async_write(socket, asio::buffer(line), asio::use_awaitable);
}

// Each socket gets its own stream: the writes are independent.
struct Peer {
  tcp::socket &stream();
};
awaitable<void> positiveStreamPerPeer(std::vector<Peer *> peers,
                                      const std::string &note) {
  for (Peer *peer : peers)
    co_await asio::async_write(peer->stream(), asio::buffer(note),
                               asio::use_awaitable);
  // CHECK-MESSAGES: :[[@LINE-2]]:5: warning: 'co_await' in a loop
  // CHECK-MESSAGES: :[[@LINE-4]]:3: note: operations are awaited one at a time
}

// Reading into one buffer from each peer: every operation writes it.
awaitable<void> negativeOneBufferPerPeer(std::vector<Peer *> peers,
                                         std::string &data) {
  for (Peer *peer : peers)
    co_await asio::async_read(peer->stream(), asio::buffer(data),
                              asio::use_awaitable);
}

// `for co_await` awaits each element (here, an accept): a stream.
struct AcceptIterator {
  tcp::socket operator*();
  awaitable<void> operator++();
  bool operator!=(const AcceptIterator &) const;
};
struct Accepted {
  awaitable<AcceptIterator> begin();
  AcceptIterator end();
};
awaitable<void> negativeForCoAwait(Accepted connections) {
  for co_await (tcp::socket s : connections)
    co_await asio::async_write(s, asio::buffer("hello\r\n", 7),
                               asio::use_awaitable);
}
