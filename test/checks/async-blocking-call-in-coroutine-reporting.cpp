// RUN: %check_async_tidy -check-suffix=DEFAULT %s async-blocking-call-in-coroutine %t
// RUN: %check_async_tidy -check-suffix=POOL %s async-blocking-call-in-coroutine %t \
// RUN:   -config="{CheckOptions: {async-blocking-call-in-coroutine.OffloadFunctions: '::lib::Pool::submit'}}"

// One finding per template, named without its template arguments; a
// finding caused by the caller's lambda inside a library template is
// reported at the lambda the caller passed.

#include <chrono>
#include <thread>
#include <unistd.h>
#include <utility>
#include <inhouse/task.h>

using namespace std::chrono_literals;

template <class Duration> acme::Task<void> positiveTemplateSleep(Duration D) {
  std::this_thread::sleep_for(D);
  // CHECK-MESSAGES-DEFAULT: :[[@LINE-1]]:21: warning: blocking call to 'std::this_thread::sleep_for' inside coroutine 'positiveTemplateSleep' stalls every task on its executor [async-blocking-call-in-coroutine]
  // CHECK-MESSAGES-POOL: :[[@LINE-2]]:21: warning: blocking call to 'std::this_thread::sleep_for' inside coroutine 'positiveTemplateSleep' stalls every task on its executor [async-blocking-call-in-coroutine]
  co_return;
}

acme::Task<void> instantiateTwice() {
  co_await positiveTemplateSleep(1ms);
  co_await positiveTemplateSleep(std::chrono::seconds(1));
}

// A library's bridge: a coroutine that runs the callable it is given.
namespace lib {
template <class F> acme::Task<void> bridge(F Callable) {
  Callable();
  co_return;
}
struct Pool {
  template <class F> acme::Task<void> submit(F Callable) {
    return bridge(std::move(Callable));
  }
};
} // namespace lib

acme::Task<void> positiveLambdaThroughBridge() {
  co_await lib::bridge([] { sleep(1); });
  // CHECK-MESSAGES-DEFAULT: :[[@LINE-1]]:24: warning: lambda passed to coroutine 'lib::bridge' blocks in 'sleep' when the coroutine calls it, and stalls every task on its executor [async-blocking-call-in-coroutine]
  // CHECK-MESSAGES-POOL: :[[@LINE-2]]:24: warning: lambda passed to coroutine 'lib::bridge' blocks in 'sleep' when the coroutine calls it, and stalls every task on its executor [async-blocking-call-in-coroutine]
}

// Submitted to a pool made for blocking work (an OffloadFunctions entry),
// the lambda runs there.
acme::Task<void> negativeLambdaSubmittedToPool(lib::Pool &Pool) {
  co_await Pool.submit([] { usleep(10); });
  // CHECK-MESSAGES-DEFAULT: :[[@LINE-1]]:24: warning: lambda passed to coroutine 'lib::bridge' blocks in 'usleep' when the coroutine calls it, and stalls every task on its executor [async-blocking-call-in-coroutine]
}
