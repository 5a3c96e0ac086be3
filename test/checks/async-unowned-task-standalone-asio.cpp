// RUN: %check_async_tidy %s async-unowned-task %t -- %asio_flags

// Against the real standalone asio headers: the names and the note spell
// `asio::`.

#include <asio.hpp>
#include <exception>
#include <iostream>
#include <stdexcept>

asio::awaitable<void> session() { throw std::runtime_error("unavailable"); co_return; }

void positiveDetached(asio::io_context &context) {
  asio::co_spawn(context, session(), asio::detached);
  // CHECK-MESSAGES: :[[@LINE-1]]:9: warning: 'asio::co_spawn' with 'detached' starts a task that nothing owns: its exceptions are dropped, and nothing can wait for it or cancel it [async-unowned-task]
  // CHECK-MESSAGES: :[[@LINE-2]]:9: note: to give it an owner, await it inside a coroutine, 'co_await asio::co_spawn(executor, task, asio::use_awaitable)', or pass a handler that rethrows or logs its 'std::exception_ptr'
}

void positiveHandlerIgnoresException(asio::io_context &context) {
  asio::co_spawn(context, session(), [](std::exception_ptr) {});
  // CHECK-MESSAGES: :[[@LINE-1]]:9: warning: the completion handler passed to 'asio::co_spawn' ignores the exception, so the spawned task's errors are lost [async-unowned-task]
  // CHECK-MESSAGES: :[[@LINE-2]]:41: note: the exception parameter is unnamed
  // CHECK-MESSAGES: :[[@LINE-3]]:9: note: to give it an owner, await it inside a coroutine, 'co_await asio::co_spawn(executor, task, asio::use_awaitable)', or pass a handler that rethrows or logs its 'std::exception_ptr'
}

// A handler that uses the exception owns the error.
void negativeHandlerLogs(asio::io_context &context) {
  asio::co_spawn(context, session(), [](std::exception_ptr error) {
    if (error) {
      try {
        std::rethrow_exception(error);
      } catch (const std::exception &e) {
        std::cerr << e.what() << '\n';
      }
    }
  });
}

// Awaited inside a coroutine: structured.
asio::awaitable<void> negativeAwaited() {
  co_await asio::co_spawn(co_await asio::this_coro::executor, session(), asio::use_awaitable);
}
