// aggregator.cpp - fetches quotes from the upstream and prints reports.
//
// Lines marked "BAD(async-...)" are deliberate anti-patterns: the named check should
// report the statement right below the marker. Everything else should stay silent.
#include "quote_service.hpp"

#include <boost/asio/experimental/awaitable_operators.hpp>
#include <boost/asio/experimental/parallel_group.hpp>

#include <chrono>
#include <future>
#include <iostream>
#include <thread>

namespace quotes {

using namespace std::chrono_literals;

namespace {

// A synchronous helper (think: parses a config file). Fine on its own.
std::vector<std::string> read_watchlist() { return {"AAPL", "MSFT", "GOOG", "AMZN"}; }

void print(const Quote& q) { std::cout << q.symbol << ' ' << q.price << '\n'; }

awaitable<void> print_quote(Upstream up, std::string symbol) {
  print(co_await fetch_quote(std::move(up), std::move(symbol)));
}

awaitable<void> show_portfolio(Upstream up, std::vector<std::string> symbols) {
  std::vector<Quote> quotes;
  for (const std::string& symbol : symbols) {
    // BAD(async-await-in-loop): the requests are independent but run one at a time.
    quotes.push_back(co_await fetch_quote(up, symbol));
  }
  for (const Quote& q : quotes) print(q);
}

// Good: a fixed fan-out to three requests that waits for all of them and keeps
// every result and every error (the collecting counterpart of operator&&).
awaitable<void> show_indices(Upstream up) {
  auto ex = co_await asio::this_coro::executor;
  auto [order, e1, spx, e2, ndx, e3, dji] =
      co_await asio::experimental::make_parallel_group(
          asio::co_spawn(ex, fetch_quote(up, "SPX"), asio::deferred),
          asio::co_spawn(ex, fetch_quote(up, "NDX"), asio::deferred),
          asio::co_spawn(ex, fetch_quote(up, "DJI"), asio::deferred))
          .async_wait(asio::experimental::wait_for_all(), asio::use_awaitable);
  if (e1) report_error(e1); else print(spx);
  if (e2) report_error(e2); else print(ndx);
  if (e3) report_error(e3); else print(dji);
}

awaitable<void> compare_pair(Upstream up) {
  using namespace asio::experimental::awaitable_operators;
  // BAD(async-all-or-nothing-wait): each quote is shown on its own, but one failed fetch cancels and loses the other.
  auto [ko, pep] = co_await (fetch_quote(up, "KO") && fetch_quote(up, "PEP"));
  print(ko); print(pep);
}

}  // namespace

awaitable<void> run_aggregator(UpstreamStatus& status) {
  // BAD(async-busy-wait): spins until the upstream is up; nothing else on this thread runs.
  while (!status.ready.load(std::memory_order_acquire)) {
  }
  // BAD(async-blocking-call-in-coroutine): sleep_for blocks the whole io_context thread.
  std::this_thread::sleep_for(50ms);  // give the upstream a moment to warm up
  Upstream up{"localhost", std::to_string(status.port)};

  auto watchlist = std::async(std::launch::async, read_watchlist);
  // BAD(async-blocking-call-in-coroutine): future::get() blocks the io_context thread.
  std::vector<std::string> symbols = watchlist.get();

  // Good: the reports run concurrently and their failures are reported, not dropped.
  auto ex = co_await asio::this_coro::executor;
  asio::co_spawn(ex, show_portfolio(up, std::move(symbols)), report_error);
  asio::co_spawn(ex, show_indices(up), report_error);
  asio::co_spawn(ex, compare_pair(up), report_error);

  // BAD(async-unowned-task): detached - nobody observes its result or its exceptions.
  asio::co_spawn(ex, print_quote(up, "VIX"), asio::detached);

  // BAD(async-discarded-task): the awaitable is created and destroyed; the fetch never runs.
  print_quote(up, "EURUSD");
}

void report_error(std::exception_ptr error) {
  if (!error) return;
  try {
    std::rethrow_exception(error);
  } catch (const std::exception& e) {
    std::cerr << "quote task failed: " << e.what() << '\n';
  }
}

}  // namespace quotes
