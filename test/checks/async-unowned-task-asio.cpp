// RUN: %check_async_tidy %s async-unowned-task %t -- -Wno-unused-result

#include <boost/asio.hpp>
#include <exception>
#include <iostream>
#include <stdexcept>

namespace asio = boost::asio;
using asio::awaitable;

awaitable<void> session() { throw std::runtime_error("unavailable"); co_return; }
awaitable<int> compute() { throw std::runtime_error("unavailable"); co_return 0; }

void positiveDetached(asio::io_context &context) {
  asio::co_spawn(context, session(), asio::detached);
  // CHECK-MESSAGES: :[[@LINE-1]]:9: warning: 'boost::asio::co_spawn' with 'detached' starts a task that nothing owns: its exceptions are dropped, and nothing can wait for it or cancel it [async-unowned-task]
  // CHECK-MESSAGES: :[[@LINE-2]]:9: note: to give it an owner, await it inside a coroutine, 'co_await boost::asio::co_spawn(executor, task, boost::asio::use_awaitable)', or pass a handler that rethrows or logs its 'std::exception_ptr'
}

void positiveHandlerIgnoresException(asio::io_context &context) {
  asio::co_spawn(context, session(), [](std::exception_ptr) {});
  // CHECK-MESSAGES: :[[@LINE-1]]:9: warning: the completion handler passed to 'boost::asio::co_spawn' ignores the exception, so the spawned task's errors are lost [async-unowned-task]
  // CHECK-MESSAGES: :[[@LINE-2]]:41: note: the exception parameter is unnamed
  // CHECK-MESSAGES: :[[@LINE-3]]:9: note: to give it an owner, await it inside a coroutine, 'co_await boost::asio::co_spawn(executor, task, boost::asio::use_awaitable)', or pass a handler that rethrows or logs its 'std::exception_ptr'
  asio::co_spawn(context, compute(), [](std::exception_ptr error, int value) { std::cout << value; });
  // CHECK-MESSAGES: :[[@LINE-1]]:9: warning: the completion handler passed to 'boost::asio::co_spawn' ignores the exception, so the spawned task's errors are lost [async-unowned-task]
  // CHECK-MESSAGES: :[[@LINE-2]]:60: note: the exception parameter is never used
  // CHECK-MESSAGES: :[[@LINE-3]]:9: note: to give it an owner, await it inside a coroutine, 'co_await boost::asio::co_spawn(executor, task, boost::asio::use_awaitable)', or pass a handler that rethrows or logs its 'std::exception_ptr'
}

// A template is reported once.
template <typename Executor> void positiveTemplate(Executor executor) {
  asio::co_spawn(executor, session(), asio::detached);
  // CHECK-MESSAGES: :[[@LINE-1]]:9: warning: 'boost::asio::co_spawn' with 'detached' starts a task that nothing owns: its exceptions are dropped, and nothing can wait for it or cancel it [async-unowned-task]
  // CHECK-MESSAGES: :[[@LINE-2]]:9: note: to give it an owner, await it inside a coroutine, 'co_await boost::asio::co_spawn(executor, task, boost::asio::use_awaitable)', or pass a handler that rethrows or logs its 'std::exception_ptr'
}
template void positiveTemplate(asio::io_context::executor_type);
template void positiveTemplate(asio::any_io_executor);

//===--- Negative cases ---------------------------------------------------===//

// A handler that uses the exception owns the error.
void negativeHandlerRethrows(asio::io_context &context) {
  asio::co_spawn(context, session(), [](std::exception_ptr error) {
    if (error)
      std::rethrow_exception(error);
  });
}

// Awaited inside a coroutine: structured.
awaitable<void> negativeAwaited() {
  co_await asio::co_spawn(co_await asio::this_coro::executor, session(), asio::use_awaitable);
}

// A future kept and waited for.
void negativeUseFuture(asio::io_context &context) {
  auto done = asio::co_spawn(context, compute(), asio::use_future);
  context.run();
  done.get();
}
