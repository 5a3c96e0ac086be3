// RUN: %check_async_tidy %s async-all-or-nothing-wait %t -- %asio_flags
// The note's shape, with <executor> filled in, compiles against these
// headers (asio 1.22 has no asio::deferred: the note spells the
// experimental name, which is not deprecated there).
// RUN: %clangxx -fsyntax-only -std=c++20 %asio_flags -DASIO_NO_DEPRECATED -DSHAPE %s

// Against the real standalone asio 1.22 headers: the note spells `asio::`.
#include <asio.hpp>
#include <asio/experimental/awaitable_operators.hpp>

using asio::awaitable;
using namespace asio::experimental::awaitable_operators;

awaitable<int> fetch(int x) { co_return x; }
void show(int);

awaitable<void> positiveAndOperator() {
  auto [a, b] = co_await (fetch(1) && fetch(2));
  // CHECK-MESSAGES: :[[@LINE-1]]:36: warning: 'operator&&' on awaitables is all-or-nothing: if one task fails, the results of the others are discarded and they are cancelled [async-all-or-nothing-wait]
  // CHECK-MESSAGES: :[[@LINE+2]]:8: note: this result is used on its own here, so the others' would still be usable
  // CHECK-MESSAGES: :[[@LINE-3]]:36: note: to keep every task's result and error, wait with 'auto [order, e1, r1, e2, r2] = co_await asio::experimental::make_parallel_group(asio::co_spawn(<executor>, fetch(1), asio::experimental::deferred), asio::co_spawn(<executor>, fetch(2), asio::experimental::deferred)).async_wait(asio::experimental::wait_for_all(), asio::use_awaitable)'; 'eN' is task N's 'std::exception_ptr', null when it succeeded, and 'rN' its result, which a task returning void does not have
  show(a);
  show(b);
}

#ifdef SHAPE
awaitable<void> shapeCompiles() {
  auto ex = co_await asio::this_coro::executor;
  auto [order, e1, r1, e2, r2] = co_await asio::experimental::make_parallel_group(asio::co_spawn(ex, fetch(1), asio::experimental::deferred), asio::co_spawn(ex, fetch(2), asio::experimental::deferred)).async_wait(asio::experimental::wait_for_all(), asio::use_awaitable);
  if (!e1) show(r1);
  if (!e2) show(r2);
}
#endif
