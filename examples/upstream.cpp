// upstream.cpp - the fake upstream server and the client side of one request.
// Everything in this file is idiomatic and should produce no async-* finding.
#include "quote_service.hpp"

#include <array>
#include <chrono>
#include <functional>
#include <sstream>
#include <stdexcept>

namespace quotes {

using namespace std::chrono_literals;

namespace {

double price_for(const std::string& symbol) {
  // Deterministic "market data": 100.00 .. 199.99 derived from the symbol.
  return 100.0 + static_cast<double>(std::hash<std::string>{}(symbol) % 10000) / 100.0;
}

// Serves one connection: reads a single request line, writes a single reply, closes.
awaitable<void> serve_one(tcp::socket sock) {
  std::string line;
  co_await asio::async_read_until(sock, asio::dynamic_buffer(line), '\n', asio::use_awaitable);
  if (line.rfind("GET ", 0) != 0) co_return;
  std::string symbol = line.substr(4, line.find('\n') - 4);
  std::ostringstream reply;
  reply << symbol << ' ' << price_for(symbol) << '\n';
  co_await asio::async_write(sock, asio::buffer(reply.str()), asio::use_awaitable);
}

// Accept loop: awaiting async_accept in a loop is the normal server idiom.
awaitable<void> listen(tcp::acceptor acceptor) {
  for (;;) {
    tcp::socket sock = co_await acceptor.async_accept(asio::use_awaitable);
    asio::co_spawn(acceptor.get_executor(), serve_one(std::move(sock)), report_error);
  }
}

}  // namespace

void run_fake_upstream(asio::io_context& ctx, UpstreamStatus& status) {
  tcp::acceptor acceptor(ctx, tcp::endpoint(asio::ip::make_address("127.0.0.1"), 0));
  status.port = acceptor.local_endpoint().port();
  status.ready.store(true, std::memory_order_release);
  asio::co_spawn(ctx, listen(std::move(acceptor)), report_error);
  ctx.run();
}

awaitable<tcp::socket> connect_with_retry(Upstream up, int attempts) {
  auto ex = co_await asio::this_coro::executor;
  tcp::resolver resolver(ex);
  asio::steady_timer backoff(ex);
  auto delay = std::chrono::milliseconds(20);
  for (int attempt = 1;; ++attempt) {
    try {
      auto endpoints = co_await resolver.async_resolve(up.host, up.port, asio::use_awaitable);
      tcp::socket sock(ex);
      co_await asio::async_connect(sock, endpoints, asio::use_awaitable);
      co_return sock;
    } catch (const boost::system::system_error&) {
      if (attempt >= attempts) throw;
    }
    // Retry loop with a timer: each iteration depends on the previous one failing.
    backoff.expires_after(delay);
    co_await backoff.async_wait(asio::use_awaitable);
    delay *= 2;
  }
}

awaitable<Quote> fetch_quote(Upstream up, std::string symbol) {
  tcp::socket sock = co_await connect_with_retry(up, 3);
  std::string request = "GET " + symbol + "\n";
  co_await asio::async_write(sock, asio::buffer(request), asio::use_awaitable);

  // Read loop on one socket: each read depends on the previous one, not gatherable.
  std::string reply;
  std::array<char, 256> chunk{};
  for (;;) {
    auto [ec, n] = co_await sock.async_read_some(asio::buffer(chunk), asio::as_tuple(asio::use_awaitable));
    reply.append(chunk.data(), n);
    if (ec == asio::error::eof) break;
    if (ec) throw boost::system::system_error(ec);
  }
  co_return parse_quote(reply);
}

Quote parse_quote(const std::string& line) {
  std::istringstream in(line);
  Quote q;
  if (!(in >> q.symbol >> q.price)) throw std::runtime_error("malformed quote: " + line);
  return q;
}

}  // namespace quotes
