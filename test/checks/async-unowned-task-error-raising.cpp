// RUN: %check_async_tidy %s async-unowned-task %t -config='{CheckOptions: {async-unowned-task.ErrorRaisingFunctions: "::acme::check_status"}}' -- -Wno-unused-result

// ErrorRaisingFunctions names the functions that turn an error code into
// an exception: a spawned coroutine that calls one can fail. Other calls
// whose bodies are out of sight are taken not to fail.
#include <boost/asio.hpp>

namespace asio = boost::asio;
using asio::awaitable;

namespace acme {
// Throws acme::status_error for a status other than 0; defined in the acme
// library.
void check_status(int status);
} // namespace acme
int poll_device();

awaitable<void> checksStatus() {
  acme::check_status(poll_device());
  co_return;
}

awaitable<void> onlyPolls() {
  (void)poll_device();
  co_return;
}

void spawn(asio::io_context &context) {
  asio::co_spawn(context, checksStatus(), asio::detached);
  // CHECK-MESSAGES: :[[@LINE-1]]:9: warning: 'boost::asio::co_spawn' with 'detached' starts a task that nothing owns: its exceptions are dropped, and nothing can wait for it or cancel it [async-unowned-task]
  // CHECK-MESSAGES: :[[@LINE-2]]:9: note: to give it an owner, await it inside a coroutine, 'co_await boost::asio::co_spawn(executor, task, boost::asio::use_awaitable)', or pass a handler that rethrows or logs its 'std::exception_ptr'
  asio::co_spawn(context, onlyPolls(), asio::detached);
}
