// RUN: %check_async_tidy %s async-blocking-call-in-coroutine %t -- -Wno-unused-result

// async_simple: syncAwait blocks the calling thread (co_await the Lazy
// instead), and the awaitable sleep is async_simple::coro::sleep (a note:
// it needs an executor with a timer).
#include "async_simple/coro/Lazy.h"
#include "async_simple/coro/SyncAwait.h"
#include <chrono>
#include <thread>

using async_simple::coro::Lazy;

Lazy<int> fetch();

Lazy<int> positiveSyncAwait() {
  int value = async_simple::coro::syncAwait(fetch());
  // CHECK-MESSAGES: :[[@LINE-1]]:35: warning: 'async_simple::coro::syncAwait' inside coroutine 'positiveSyncAwait' blocks the thread until the awaited work completes, and deadlocks if that work needs this thread [async-blocking-call-in-coroutine]
  // CHECK-FIXES: int value = co_await fetch();
  co_return value;
}

Lazy<void> positiveSleep() {
  std::this_thread::sleep_for(std::chrono::milliseconds(10));
  // CHECK-MESSAGES: :[[@LINE-1]]:21: warning: blocking call to 'std::this_thread::sleep_for' inside coroutine 'positiveSleep' stalls every task on its executor [async-blocking-call-in-coroutine]
  // CHECK-MESSAGES: :[[@LINE-2]]:21: note: replace with an awaitable sleep, such as 'co_await async_simple::coro::sleep(std::chrono::milliseconds(10))'
  co_return;
}

// Outside a coroutine, syncAwait is how plain code runs a Lazy.
int negativeSyncAwaitInPlainCode() { return async_simple::coro::syncAwait(fetch()); }
