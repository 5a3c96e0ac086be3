// RUN: %check_async_tidy %s async-blocking-call-in-coroutine %t

// Waiting on something already complete does not block: a result whose
// status the code checked first, the results an awaited when_all hands back,
// and the coroutine that drives the event loop from inside sync_wait.

#include <memory>
#include <tuple>
#include <utility>
#include <concurrencpp/concurrencpp.h>
#include <cppcoro/io_service.hpp>
#include <cppcoro/sync_wait.hpp>
#include <cppcoro/task.hpp>
#include <cppcoro/when_all_ready.hpp>

using concurrencpp::result;
using concurrencpp::result_status;

void assertTrue(bool Condition);
void assertEqual(result_status Left, result_status Right);

// The test helper asserts readiness, then reads the value.
template <class T> void testReadyResult(result<T> Result) {
  assertEqual(Result.status(), result_status::value);
  Result.get();
}

result<void> negativeHelperChecksStatus(result<int> Result) {
  testReadyResult(std::move(Result));
  co_return;
}

result<int> negativeGetInsideReadyBranch(result<int> Result) {
  if (Result.status() == result_status::value)
    co_return Result.get();
  co_return 0;
}

result<int> negativeResultsOfAwaitedWhenAll(
    std::shared_ptr<concurrencpp::thread_pool_executor> Executor,
    result<int> First, result<int> Second) {
  auto All = co_await concurrencpp::when_all(Executor, std::move(First),
                                             std::move(Second));
  co_return std::get<0>(All).get() + std::get<1>(All).get();
}

result<int> negativeResolved(result<int> Pending) {
  auto Done = co_await Pending.resolve();
  co_return Done.get();
}

// The helper checks readiness and hands the result to another helper that
// only waits on that parameter.
template <class T> void sameValueTwice(result<T> &Result) {
  Result.get();
  Result.get();
}
template <class T> void testReadyThenCompare(result<T> Result) {
  assertEqual(Result.status(), result_status::value);
  sameValueTwice(Result);
}

result<void> negativeCheckedResultPassedOn(result<int> Result) {
  testReadyThenCompare(std::move(Result));
  co_return;
}

// The true twins.
result<void> positiveUncheckedResultPassedOn(result<int> Result) {
  sameValueTwice(Result);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: call to 'sameValueTwice' inside coroutine 'positiveUncheckedResultPassedOn' blocks in 'concurrencpp::result::get' and stalls every task on its executor [async-blocking-call-in-coroutine]
  co_return;
}

result<int> positiveGetWithoutCheck(result<int> Result) {
  co_return Result.get();
  // CHECK-MESSAGES: :[[@LINE-1]]:20: warning: blocking call to 'concurrencpp::result::get' inside coroutine 'positiveGetWithoutCheck' stalls every task on its executor [async-blocking-call-in-coroutine]
}

result<int> positiveStatusOfAnotherResult(result<int> Result,
                                          result<int> Other) {
  assertTrue(Other.status() == result_status::value);
  co_return Result.get();
  // CHECK-MESSAGES: :[[@LINE-1]]:20: warning: blocking call to 'concurrencpp::result::get' inside coroutine 'positiveStatusOfAnotherResult' stalls every task on its executor [async-blocking-call-in-coroutine]
}

template <class T> void consumeResult(result<T> Result) { Result.get(); }

result<void> positiveHelperWithoutCheck(result<int> Result) {
  consumeResult(std::move(Result));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: call to 'consumeResult' inside coroutine 'positiveHelperWithoutCheck' blocks in 'concurrencpp::result::get' and stalls every task on its executor [async-blocking-call-in-coroutine]
  co_return;
}

// The coroutine that is the event loop: it runs process_events() on the
// thread that sync_wait blocks, and the sibling task is resumed inside it.
cppcoro::task<void> work(cppcoro::io_service &IoService);

void negativeEventLoopDriver(cppcoro::io_service &IoService) {
  cppcoro::sync_wait(cppcoro::when_all_ready(
      work(IoService), [&]() -> cppcoro::task<> {
        IoService.process_events();
        co_return;
      }()));
}

// After a suspension, the lambda may be resumed on another thread.
void positiveDriverAfterSuspension(cppcoro::io_service &IoService) {
  cppcoro::sync_wait(cppcoro::when_all_ready(
      work(IoService), [&]() -> cppcoro::task<> {
        co_await work(IoService);
        IoService.process_events();
        // CHECK-MESSAGES: :[[@LINE-1]]:19: warning: blocking call to 'cppcoro::io_service::process_events' inside a coroutine lambda stalls every task on its executor [async-blocking-call-in-coroutine]
      }()));
}

// Running the event loop inside an ordinary coroutine stalls its executor.
cppcoro::task<void> positiveEventLoopInCoroutine(cppcoro::io_service &IoService) {
  IoService.process_events();
  // CHECK-MESSAGES: :[[@LINE-1]]:13: warning: blocking call to 'cppcoro::io_service::process_events' inside coroutine 'positiveEventLoopInCoroutine' stalls every task on its executor [async-blocking-call-in-coroutine]
  co_return;
}
