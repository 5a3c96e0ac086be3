// RUN: %check_async_tidy %s async-blocking-call-in-coroutine %t -- %asio_flags

// Against the real standalone asio 1.22 headers: the fix spells `asio::`.

#include <asio.hpp>
#include <chrono>
#include <thread>
// CHECK-FIXES: #include <asio.hpp>
// CHECK-FIXES-NEXT: #include <asio/steady_timer.hpp>
// CHECK-FIXES-NEXT: #include <asio/this_coro.hpp>
// CHECK-FIXES-NEXT: #include <asio/use_awaitable.hpp>
// CHECK-FIXES-NEXT: #include <chrono>

asio::awaitable<void> positiveStandaloneAsio(asio::ip::tcp::acceptor &acceptor) {
  std::this_thread::sleep_for(std::chrono::milliseconds(100));
  // CHECK-MESSAGES: :[[@LINE-1]]:21: warning: blocking call to 'std::this_thread::sleep_for' inside coroutine 'positiveStandaloneAsio' stalls every task on its executor [async-blocking-call-in-coroutine]
  // CHECK-FIXES: co_await asio::steady_timer(co_await asio::this_coro::executor, std::chrono::milliseconds(100)).async_wait(asio::use_awaitable);
  auto socket = acceptor.accept();
  // CHECK-MESSAGES: :[[@LINE-1]]:26: warning: blocking call to 'asio::basic_socket_acceptor::accept' inside coroutine 'positiveStandaloneAsio' stalls every task on its executor [async-blocking-call-in-coroutine]
  // CHECK-FIXES: auto socket = co_await acceptor.async_accept(asio::use_awaitable);
  co_return;
}

asio::awaitable<void> negativeStandaloneAsync(asio::ip::tcp::acceptor &acceptor) {
  auto socket = co_await acceptor.async_accept(asio::use_awaitable);
  asio::steady_timer timer(co_await asio::this_coro::executor, std::chrono::seconds(1));
  co_await timer.async_wait(asio::use_awaitable);
}
