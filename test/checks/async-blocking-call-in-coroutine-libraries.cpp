// RUN: %check_async_tidy %s async-blocking-call-in-coroutine %t

// Each library's replacement for a thread sleep and for a blocking wait.

#include <chrono>
#include <thread>
#include <folly/coro/BlockingWait.h>
#include <folly/coro/Sleep.h>
#include <folly/coro/Task.h>
#include <cppcoro/sync_wait.hpp>
#include <cppcoro/task.hpp>
#include <coro/coro.hpp>
#include <exec/task.hpp>
#include <stdexec/execution.hpp>
#include <seastar/core/future.hh>
// Seastar's sleep header is inserted; folly's is already included.
// CHECK-FIXES: #include <chrono>
// CHECK-FIXES-NEXT: #include <seastar/core/sleep.hh>
// CHECK-FIXES-NEXT: #include <thread>

using namespace std::chrono_literals;

folly::coro::Task<int> compute();

folly::coro::Task<void> positiveFollySleep() {
  std::this_thread::sleep_for(20ms);
  // CHECK-MESSAGES: :[[@LINE-1]]:21: warning: blocking call to 'std::this_thread::sleep_for' inside coroutine 'positiveFollySleep' stalls every task on its executor [async-blocking-call-in-coroutine]
  // CHECK-FIXES: co_await folly::coro::sleep(20ms);
  co_return;
}

folly::coro::Task<int> positiveFollyBlockingWait() {
  int value = folly::coro::blockingWait(compute());
  // CHECK-MESSAGES: :[[@LINE-1]]:28: warning: 'folly::coro::blockingWait' inside coroutine 'positiveFollyBlockingWait' blocks the thread until the awaited work completes, and deadlocks if that work needs this thread [async-blocking-call-in-coroutine]
  // CHECK-FIXES: int value = co_await compute();
  co_return value + folly::coro::blocking_wait(compute()) * 2;
  // CHECK-MESSAGES: :[[@LINE-1]]:34: warning: 'folly::coro::blocking_wait' inside coroutine 'positiveFollyBlockingWait' blocks the thread until the awaited work completes, and deadlocks if that work needs this thread [async-blocking-call-in-coroutine]
  // CHECK-FIXES: co_return value + co_await compute() * 2;
}

cppcoro::task<int> cppcoroValue();
cppcoro::task<int> positiveCppcoroSyncWait() {
  co_return cppcoro::sync_wait(cppcoroValue()) + 1;
  // CHECK-MESSAGES: :[[@LINE-1]]:22: warning: 'cppcoro::sync_wait' inside coroutine 'positiveCppcoroSyncWait' blocks the thread until the awaited work completes, and deadlocks if that work needs this thread [async-blocking-call-in-coroutine]
  // CHECK-FIXES: co_return co_await cppcoroValue() + 1;
}

// cppcoro has no scheduler-free sleep: the note shows the form to use.
cppcoro::task<void> positiveCppcoroSleepHint() {
  std::this_thread::sleep_for(1s);
  // CHECK-MESSAGES: :[[@LINE-1]]:21: warning: blocking call to 'std::this_thread::sleep_for' inside coroutine 'positiveCppcoroSleepHint' stalls every task on its executor [async-blocking-call-in-coroutine]
  // CHECK-MESSAGES: :[[@LINE-2]]:21: note: replace with an awaitable sleep, such as 'co_await io_service.schedule_after(1s)'
  co_return;
}

coro::task<int> libcoroValue();
coro::task<int> positiveLibcoroSyncWait() {
  co_return coro::sync_wait(libcoroValue());
  // CHECK-MESSAGES: :[[@LINE-1]]:19: warning: 'coro::sync_wait' inside coroutine 'positiveLibcoroSyncWait' blocks the thread until the awaited work completes, and deadlocks if that work needs this thread [async-blocking-call-in-coroutine]
  // CHECK-FIXES: co_return co_await libcoroValue();
}

coro::task<void> positiveLibcoroSleepHint() {
  std::this_thread::sleep_for(50ms);
  // CHECK-MESSAGES: :[[@LINE-1]]:21: warning: blocking call to 'std::this_thread::sleep_for' inside coroutine 'positiveLibcoroSleepHint' stalls every task on its executor [async-blocking-call-in-coroutine]
  // CHECK-MESSAGES: :[[@LINE-2]]:21: note: replace with an awaitable sleep, such as 'co_await scheduler->yield_for(50ms)'
  co_return;
}

// stdexec's sync_wait returns an optional of the values: `co_await` is not a
// drop-in replacement, so the note shows it and nothing is rewritten.
exec::task<void> positiveStdexecSyncWait() {
  auto result = stdexec::sync_wait(stdexec::just(42));
  // CHECK-MESSAGES: :[[@LINE-1]]:26: warning: 'stdexec::sync_wait' inside coroutine 'positiveStdexecSyncWait' blocks the thread until the awaited work completes, and deadlocks if that work needs this thread [async-blocking-call-in-coroutine]
  // CHECK-MESSAGES: :[[@LINE-2]]:26: note: await it instead: 'co_await stdexec::just(42)'
  (void)result;
  co_return;
}

// A wait of another library's work has no exact replacement here.
folly::coro::Task<int> positiveForeignSyncWait() {
  co_return cppcoro::sync_wait(cppcoroValue());
  // CHECK-MESSAGES: :[[@LINE-1]]:22: warning: 'cppcoro::sync_wait' inside coroutine 'positiveForeignSyncWait' blocks the thread until the awaited work completes, and deadlocks if that work needs this thread [async-blocking-call-in-coroutine]
  // CHECK-MESSAGES: :[[@LINE-2]]:22: note: await it instead: 'co_await cppcoroValue()'
}

seastar::future<int> seastarValue();
seastar::future<> positiveSeastar() {
  std::this_thread::sleep_for(std::chrono::milliseconds(5));
  // CHECK-MESSAGES: :[[@LINE-1]]:21: warning: blocking call to 'std::this_thread::sleep_for' inside coroutine 'positiveSeastar' stalls every task on its executor [async-blocking-call-in-coroutine]
  // CHECK-FIXES: co_await seastar::sleep(std::chrono::milliseconds(5));
  int value = seastarValue().get();
  // CHECK-MESSAGES: :[[@LINE-1]]:30: warning: blocking call to 'seastar::future::get' inside coroutine 'positiveSeastar' stalls every task on its executor [async-blocking-call-in-coroutine]
  (void)value;
  co_return;
}

// The result of a blocking wait used as an object needs parentheses.
struct Pair {
  int first;
};
folly::coro::Task<Pair> pair();
folly::coro::Task<int> positiveParenthesized() {
  co_return folly::coro::blockingWait(pair()).first;
  // CHECK-MESSAGES: :[[@LINE-1]]:26: warning: 'folly::coro::blockingWait' inside coroutine 'positiveParenthesized' blocks the thread until the awaited work completes, and deadlocks if that work needs this thread [async-blocking-call-in-coroutine]
  // CHECK-FIXES: co_return (co_await pair()).first;
}

//===--- Negative cases ---------------------------------------------------===//

// The libraries' own awaitable sleeps and awaits.
folly::coro::Task<void> negativeFollyAwaits() {
  co_await folly::coro::sleep(20ms);
  int value = co_await compute();
  (void)value;
}

// Blocking waits belong outside coroutines: in main, tests, thread entry points.
int negativeBlockingWaitInMain() {
  return folly::coro::blockingWait(compute()) + cppcoro::sync_wait(cppcoroValue());
}
