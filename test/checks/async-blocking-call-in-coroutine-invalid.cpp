// RUN: %check_async_tidy -expect-clang-tidy-error %s async-blocking-call-in-coroutine %t

// Code that does not compile: no crash, and no finding made up from recovery
// nodes.

#include <chrono>
#include <future>
#include <thread>
#include <inhouse/task.h>

acme::Task<void> brokenArgument() {
  std::this_thread::sleep_for(undeclared_duration);
  // CHECK-MESSAGES: :[[@LINE-1]]:31: error: use of undeclared identifier 'undeclared_duration' [clang-diagnostic-error]
  co_return;
}

acme::Task<int> brokenObject() {
  co_return missing_future.get();
  // CHECK-MESSAGES: :[[@LINE-1]]:13: error: use of undeclared identifier 'missing_future' [clang-diagnostic-error]
}

// An error elsewhere in the coroutine does not hide a valid blocking call.
acme::Task<void> brokenCoroutine(std::future<int> f) {
  f.get();
  // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: blocking call to 'std::future::get' inside coroutine 'brokenCoroutine' stalls every task on its executor [async-blocking-call-in-coroutine]
  co_return 42;
  // CHECK-MESSAGES: :[[@LINE-1]]:3: error: {{.*}} [clang-diagnostic-error]
}
