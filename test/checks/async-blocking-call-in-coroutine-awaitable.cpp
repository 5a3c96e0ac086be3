// RUN: %check_async_tidy %s async-blocking-call-in-coroutine %t

// A call whose result is awaited, or whose type is awaitable, is never a
// blocking call: the project's own `Task<> sleep(milliseconds)` is not POSIX
// `sleep`.

#include <chrono>
#include <unistd.h>
#include <inhouse/task.h>

using namespace std::chrono_literals;

// A timer-based awaitable with a POSIX name.
acme::Task<void> sleep(std::chrono::milliseconds Duration);

acme::Task<void> negativeOwnSleepAwaited() {
  co_await sleep(10ms);
}

acme::Task<void> negativeOwnSleepStored() {
  auto Pending = sleep(10ms);
  co_await std::move(Pending);
}

acme::Task<void> positivePosixSleep() {
  sleep(1u);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking call to 'sleep' inside coroutine 'positivePosixSleep' stalls every task on its executor [async-blocking-call-in-coroutine]
  co_return;
}
