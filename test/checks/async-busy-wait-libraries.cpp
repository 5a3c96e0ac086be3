// RUN: %check_async_tidy %s async-busy-wait %t

#include <atomic>
#include <cppcoro/task.hpp>
#include <coro/coro.hpp>
#include <exec/reschedule.hpp>
#include <exec/task.hpp>
#include <folly/coro/CurrentExecutor.h>
#include <folly/coro/Task.h>
#include <inhouse/task.h>
#include <seastar/core/future.hh>
#include <seastar/coroutine/maybe_yield.hh>
#include <thread>
#include <unifex/task.hpp>

std::atomic<bool> ready;

folly::coro::Task<void> positiveFolly() {
  while (!ready) {
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: busy-wait loop in coroutine 'positiveFolly' polls 'ready' without suspending: it holds the thread and starves every other task on its executor [async-busy-wait]
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: suspend in each iteration with 'co_await folly::coro::co_reschedule_on_current_executor', or await an event instead of polling
  }
  co_return;
}

folly::coro::Task<void> negativeFollyReschedules() {
  while (!ready)
    co_await folly::coro::co_reschedule_on_current_executor;
}

seastar::future<> positiveSeastar() {
  while (!ready) {
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: busy-wait loop in coroutine 'positiveSeastar' polls 'ready' without suspending: it holds the thread and starves every other task on its executor [async-busy-wait]
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: suspend in each iteration with 'co_await seastar::coroutine::maybe_yield()', or await an event instead of polling
  }
  co_return;
}

seastar::future<> negativeSeastarMaybeYield() {
  while (!ready)
    co_await seastar::coroutine::maybe_yield();
}

exec::task<void> positiveStdexec() {
  while (!ready) {
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: busy-wait loop in coroutine 'positiveStdexec' polls 'ready' without suspending: it holds the thread and starves every other task on its executor [async-busy-wait]
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: suspend in each iteration with 'co_await exec::reschedule()', or await an event instead of polling
  }
  co_return;
}

exec::task<void> negativeStdexecReschedule() {
  while (!ready)
    co_await exec::reschedule();
}

unifex::task<void> positiveUnifex() {
  while (!ready) {
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: busy-wait loop in coroutine 'positiveUnifex' polls 'ready' without suspending: it holds the thread and starves every other task on its executor [async-busy-wait]
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: suspend in each iteration with 'co_await unifex::schedule()', or await an event instead of polling
  }
  co_return;
}

cppcoro::task<void> positiveCppcoro() {
  while (!ready) {
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: busy-wait loop in coroutine 'positiveCppcoro' polls 'ready' without suspending: it holds the thread and starves every other task on its executor [async-busy-wait]
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: suspend in each iteration with 'co_await scheduler.schedule()', or await an event instead of polling
  }
  co_return;
}

coro::task<void> positiveLibcoro() {
  while (!ready)
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: busy-wait loop in coroutine 'positiveLibcoro' calls 'std::this_thread::yield', which does not suspend the coroutine: it holds the thread and starves every other task on its executor [async-busy-wait]
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: suspend in each iteration with 'co_await scheduler->yield()', or await an event instead of polling
    std::this_thread::yield();
  co_return;
}

// A library the check does not know: the generic advice.
acme::Task<void> positiveUnknownLibrary() {
  while (!ready) {
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: busy-wait loop in coroutine 'positiveUnknownLibrary' polls 'ready' without suspending: it holds the thread and starves every other task on its executor [async-busy-wait]
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: await an event or a condition primitive of the coroutine's library instead of polling
  }
  co_return;
}
