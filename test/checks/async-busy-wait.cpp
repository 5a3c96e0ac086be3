// RUN: %check_async_tidy %s async-busy-wait %t

#include <boost/asio.hpp>
#include <atomic>
#include <memory>
#include <chrono>
#include <thread>
#include <vector>

namespace asio = boost::asio;
using asio::awaitable;

std::atomic<bool> ready;
volatile bool interrupted;

awaitable<void> positiveSpinOnAtomic() {
  while (!ready.load()) {
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: busy-wait loop in coroutine 'positiveSpinOnAtomic' polls 'ready' without suspending: it holds the thread and starves every other task on its executor [async-busy-wait]
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: suspend in each iteration with 'co_await boost::asio::post(co_await boost::asio::this_coro::executor, boost::asio::use_awaitable)', or await an event instead of polling
  }
  co_return;
}

awaitable<void> positiveThreadYield(std::atomic<int> &counter) {
  while (counter < 10)
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: busy-wait loop in coroutine 'positiveThreadYield' calls 'std::this_thread::yield', which does not suspend the coroutine: it holds the thread and starves every other task on its executor [async-busy-wait]
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: suspend in each iteration with 'co_await boost::asio::post(co_await boost::asio::this_coro::executor, boost::asio::use_awaitable)', or await an event instead of polling
    std::this_thread::yield();
  co_return;
}

awaitable<void> positiveForeverWithExitOnFlag() {
  for (;;) {
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: busy-wait loop in coroutine 'positiveForeverWithExitOnFlag' polls 'interrupted' without suspending: it holds the thread and starves every other task on its executor [async-busy-wait]
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: suspend in each iteration with 'co_await boost::asio::post(co_await boost::asio::this_coro::executor, boost::asio::use_awaitable)', or await an event instead of polling
    if (interrupted)
      break;
  }
  co_return;
}

// A spin lock: the loop changes the flag, but waits for another thread to
// clear it.
awaitable<void> positiveSpinLock(std::atomic_flag &lock) {
  do {
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: busy-wait loop in coroutine 'positiveSpinLock' polls 'lock' without suspending: it holds the thread and starves every other task on its executor [async-busy-wait]
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: suspend in each iteration with 'co_await boost::asio::post(co_await boost::asio::this_coro::executor, boost::asio::use_awaitable)', or await an event instead of polling
  } while (lock.test_and_set());
  lock.clear();
  co_return;
}

// A plain flag the loop never writes.
awaitable<void> positivePlainFlag(const bool &done) {
  while (!done) {
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: busy-wait loop in coroutine 'positivePlainFlag' polls 'done' without suspending: it holds the thread and starves every other task on its executor [async-busy-wait]
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: suspend in each iteration with 'co_await boost::asio::post(co_await boost::asio::this_coro::executor, boost::asio::use_awaitable)', or await an event instead of polling
  }
  co_return;
}

awaitable<void> positiveInLambda() {
  auto spin = []() -> awaitable<void> {
    while (!ready) {
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: busy-wait loop in a coroutine lambda polls 'ready' without suspending: it holds the thread and starves every other task on its executor [async-busy-wait]
    // CHECK-MESSAGES: :[[@LINE-2]]:5: note: suspend in each iteration with 'co_await boost::asio::post(co_await boost::asio::this_coro::executor, boost::asio::use_awaitable)', or await an event instead of polling
    }
    co_return;
  };
  co_await spin();
}

// The loop suspends: fine.
awaitable<void> negativeSuspendingLoop() {
  while (!ready.load())
    co_await asio::post(co_await asio::this_coro::executor, asio::use_awaitable);
}

// A blocking call in the loop is async-blocking-call-in-coroutine's finding.
awaitable<void> negativeSleepingLoop() {
  while (!ready.load())
    std::this_thread::sleep_for(std::chrono::milliseconds(1));
  co_return;
}

// Bounded loops over data and counters.
awaitable<int> negativeBoundedLoops(const std::vector<int> &values) {
  int sum = 0;
  for (std::size_t i = 0; i < values.size(); ++i)
    sum += values[i];
  for (int v : values)
    sum += v;
  std::size_t i = 0;
  while (i < values.size())
    sum += values[i++];
  // A bounded number of attempts.
  for (int attempt = 0; attempt < 3; ++attempt)
    if (ready.load())
      break;
  int spins = 0;
  while (!ready.load()) {
    if (++spins > 100)
      break;
  }
  co_return sum;
}

// A loop that does work and writes its own exit condition.
awaitable<void> negativeLoopWritesFlag(bool done) {
  while (!done)
    done = ready.exchange(false) || true;
  co_return;
}

// An endless loop with no exit is not waiting for anything.
awaitable<void> negativeNoExit(std::vector<int> &values) {
  for (;;)
    values.push_back(1);
}

// The spin runs in a thread the lambda is handed to, not in the coroutine.
awaitable<void> negativeSpinInLambdaBody() {
  std::thread waiter([] {
    while (!ready.load())
      std::this_thread::yield();
  });
  waiter.detach();
  co_return;
}

// Not a coroutine.
void negativePlainFunction() {
  while (!ready.load())
    std::this_thread::yield();
}

// An atomic reached through a smart pointer.
awaitable<void> positiveAtomicThroughSharedPtr(std::shared_ptr<std::atomic<bool>> flag) {
  while (!flag->load(std::memory_order_acquire)) {
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: busy-wait loop in coroutine 'positiveAtomicThroughSharedPtr' polls 'flag' without suspending: it holds the thread and starves every other task on its executor [async-busy-wait]
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: suspend in each iteration with 'co_await boost::asio::post(co_await boost::asio::this_coro::executor, boost::asio::use_awaitable)', or await an event instead of polling
  }
  co_await asio::post(co_await asio::this_coro::executor, asio::use_awaitable);
}
