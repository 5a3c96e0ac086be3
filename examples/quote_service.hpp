// quote_service.hpp - a tiny quote aggregator built on Boost.Asio C++20 coroutines.
//
// The program starts a fake upstream quote server on a background thread, then an
// aggregator coroutine fetches quotes from it. Most of the code is idiomatic; a few
// lines in aggregator.cpp are deliberate anti-patterns that async-lint reports.
#pragma once

#include <boost/asio.hpp>

#include <atomic>
#include <exception>
#include <string>
#include <vector>

namespace quotes {

namespace asio = boost::asio;
using asio::awaitable;
using asio::ip::tcp;

struct Quote {
  std::string symbol;
  double price = 0.0;
};

// Where to reach an upstream quote server.
struct Upstream {
  std::string host;
  std::string port;
};

// Published by the fake upstream once it listens: `port` is written before
// `ready` is set (release), and read after `ready` is seen (acquire).
struct UpstreamStatus {
  std::atomic<bool> ready{false};
  unsigned short port = 0;
};

// --- upstream.cpp ------------------------------------------------------------
// Runs the fake upstream server on `ctx` until ctx.stop(); blocks the calling thread.
void run_fake_upstream(asio::io_context& ctx, UpstreamStatus& status);

// Resolves and connects, retrying with exponential backoff.
awaitable<tcp::socket> connect_with_retry(Upstream up, int attempts);

// One request/response exchange: "GET SYM\n" -> "SYM 123.45\n".
awaitable<Quote> fetch_quote(Upstream up, std::string symbol);

// Parses "SYM 123.45\n"; throws std::runtime_error on malformed input.
Quote parse_quote(const std::string& line);

// --- aggregator.cpp ----------------------------------------------------------
awaitable<void> run_aggregator(UpstreamStatus& status);

// Completion handler for co_spawn that reports failures instead of dropping them.
void report_error(std::exception_ptr error);

}  // namespace quotes
