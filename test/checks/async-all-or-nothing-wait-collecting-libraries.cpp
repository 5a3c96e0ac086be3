// RUN: %check_async_tidy %s async-all-or-nothing-wait %t

// libcoro and concurrencpp's when_all already collect every outcome.
#include <concurrencpp/concurrencpp.h>
#include <coro/coro.hpp>
#include <memory>

coro::task<int> fetch(int x) { co_return x; }

coro::task<void> negativeLibcoroWhenAll() {
  auto [a, b] = co_await coro::when_all(fetch(1), fetch(2));
  (void)a.return_value();
  (void)b.return_value();
}

concurrencpp::result<int> eager(int x) { co_return x; }

concurrencpp::result<void>
negativeConcurrencppWhenAll(std::shared_ptr<concurrencpp::executor> ex) {
  auto ready = co_await concurrencpp::when_all(ex, eager(1), eager(2));
  (void)ready;
}
