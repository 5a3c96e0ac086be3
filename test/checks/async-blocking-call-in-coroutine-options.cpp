// RUN: %check_async_tidy %s async-blocking-call-in-coroutine %t -config="{CheckOptions: { \
// RUN:   CoroutineTypes: '::acme::Task=folly', \
// RUN:   async-blocking-call-in-coroutine.AdditionalBlockingFunctions: '::acme::fetch_sync=co_await acme::fetch(id);::acme::Pool::drain', \
// RUN:   async-blocking-call-in-coroutine.CheckMutexLocks: true}}"

// In-house types and functions come in through options; mutex locks are
// reported once CheckMutexLocks is on.

#include <chrono>
#include <mutex>
#include <thread>
#include <inhouse/task.h>

namespace acme {
int fetch_sync(int id);
Task<int> fetch(int id);
struct Pool {
  void drain();
};
} // namespace acme

std::mutex Mutex;

acme::Task<int> positiveInHouse(acme::Pool &pool) {
  int value = acme::fetch_sync(7);
  // CHECK-MESSAGES: :[[@LINE-1]]:21: warning: blocking call to 'acme::fetch_sync' inside coroutine 'positiveInHouse' stalls every task on its executor [async-blocking-call-in-coroutine]
  // CHECK-MESSAGES: :[[@LINE-2]]:21: note: use 'co_await acme::fetch(id)' instead
  pool.drain();
  // CHECK-MESSAGES: :[[@LINE-1]]:8: warning: blocking call to 'acme::Pool::drain' inside coroutine 'positiveInHouse' stalls every task on its executor [async-blocking-call-in-coroutine]
  std::lock_guard<std::mutex> guard(Mutex);
  // CHECK-MESSAGES: :[[@LINE-1]]:31: warning: mutex lock through 'std::lock_guard::lock_guard' inside coroutine 'positiveInHouse' stalls every task on its executor [async-blocking-call-in-coroutine]
  co_return value;
}

// CoroutineTypes maps acme::Task to folly: the folly sleep is offered.
acme::Task<void> positiveInHouseSleep() {
  std::this_thread::sleep_for(std::chrono::seconds(1));
  // CHECK-MESSAGES: :[[@LINE-1]]:21: warning: blocking call to 'std::this_thread::sleep_for' inside coroutine 'positiveInHouseSleep' stalls every task on its executor [async-blocking-call-in-coroutine]
  // CHECK-FIXES: co_await folly::coro::sleep(std::chrono::seconds(1));
  co_return;
}
