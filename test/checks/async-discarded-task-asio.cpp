// RUN: %check_async_tidy %s async-discarded-task %t -- -Wno-unused-result

// Against the real Boost.Asio headers; awaitable is [[nodiscard]] there, so
// clang warns too (silenced here): the check reports once, under its name.

#include <boost/asio.hpp>

namespace asio = boost::asio;
using asio::awaitable;

awaitable<void> session();

awaitable<void> positiveDiscardedAwaitable(asio::steady_timer &timer) {
  session();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: lazy task returned by 'session' is discarded, so its work never runs [async-discarded-task]
  // CHECK-FIXES: co_await session();
  timer.async_wait(asio::use_awaitable);
  // CHECK-MESSAGES: :[[@LINE-1]]:9: warning: lazy task returned by 'boost::asio::basic_waitable_timer::async_wait' is discarded, so its work never runs [async-discarded-task]
  // CHECK-FIXES: co_await timer.async_wait(asio::use_awaitable);
  co_return;
}

void positiveInPlainFunction() {
  session();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: lazy task returned by 'session' is discarded, so its work never runs [async-discarded-task]
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: co_await it inside a coroutine, or pass it to code that starts it
}

// Negative: awaited, spawned, returned.
awaitable<void> negativeAwaited(asio::io_context &context) {
  co_await session();
  asio::co_spawn(context, session(), asio::use_future);
}
awaitable<void> negativeFactory() { return session(); }
