// RUN: %clang_syntax %s
// Smoke test for the folly mock headers in test/Inputs/folly.
#include <folly/coro/AsyncGenerator.h>
#include <folly/coro/AsyncScope.h>
#include <folly/coro/Baton.h>
#include <folly/coro/BlockingWait.h>
#include <folly/coro/Collect.h>
#include <folly/coro/CurrentExecutor.h>
#include <folly/coro/Mutex.h>
#include <folly/coro/Sleep.h>
#include <folly/coro/Task.h>
#include <folly/experimental/coro/Task.h>
#include <folly/futures/Future.h>
#include <folly/synchronization/Baton.h>

#include <chrono>
#include <mutex>
#include <vector>

using namespace std::chrono_literals;

folly::coro::Task<int> fetch(int x) { co_return x; }
folly::coro::Task<void> work() { co_return; }

folly::coro::AsyncGenerator<int &&> numbers() {
  co_yield 1;
  co_await folly::coro::sleep(1ms);
}

folly::coro::Task<int> awaitAll(folly::Executor *ex) {
  int a = co_await fetch(1);
  folly::coro::Task<int> t = fetch(2);
  a += co_await std::move(t);
  co_await work();
  co_await folly::coro::sleep(10ms);
  co_await folly::coro::sleep(std::chrono::duration_cast<std::chrono::microseconds>(5ns));
  co_await folly::coro::sleepReturnEarlyOnCancel(1s);
  co_await folly::coro::co_reschedule_on_current_executor;
  folly::Executor *current = co_await folly::coro::co_current_executor;
  (void)current;

  // Executor-bound tasks and futures.
  a += co_await folly::coro::co_withExecutor(ex, fetch(3));
  a += co_await co_withExecutor(ex, fetch(4));
  folly::SemiFuture<int> sf = co_withExecutor(ex, fetch(5)).start();
  a += co_await std::move(sf);
  folly::Future<int> f = folly::makeFuture(6);
  a += co_await std::move(f);
  co_await folly::futures::sleep(1ms);
  folly::Try<int> tr = co_await folly::coro::co_awaitTry(fetch(7));
  a += tr.value();

  // Combinators.
  auto [x, y] = co_await folly::coro::collectAll(fetch(1), fetch(2));
  auto [tx, tv] = co_await folly::coro::collectAllTry(fetch(1), work());
  std::vector<folly::coro::Task<int>> tasks;
  tasks.push_back(fetch(8));
  std::vector<int> all = co_await folly::coro::collectAllRange(std::move(tasks));
  std::vector<folly::Try<int>> tries = co_await folly::coro::collectAllTryRange(std::vector<folly::coro::Task<int>>{});
  std::vector<int> win = co_await folly::coro::collectAllWindowed(std::vector<folly::coro::Task<int>>{}, 4);
  std::vector<folly::Try<int>> twin =
      co_await folly::coro::collectAllTryWindowed(std::vector<folly::coro::Task<int>>{}, 4);
  co_await folly::coro::collectAllRange(std::vector<folly::coro::Task<void>>{});
  auto [index, first] = co_await folly::coro::collectAny(fetch(1), fetch(2));
  auto [n1, n2] = co_await folly::coro::collectAnyNoDiscard(fetch(1), fetch(2));
  (void)co_await folly::coro::collectAnyWithoutException(fetch(1), fetch(2));
  a += x + y + tx.value() + (tv.hasValue() ? 1 : 0) + static_cast<int>(all.size() + tries.size() + win.size() + twin.size()) +
       static_cast<int>(index) + first.value() + n1.value() + n2.value();

  // Generators.
  auto gen = numbers();
  while (auto item = co_await gen.next())
    a += *item;
  folly::coro::AsyncScope genScope;
  auto unordered = folly::coro::makeUnorderedAsyncGenerator(genScope, std::vector<folly::coro::Task<int>>{});
  auto unorderedTry = folly::coro::makeUnorderedTryAsyncGenerator(genScope, std::vector<folly::coro::Task<int>>{});
  (void)co_await unordered.next();
  (void)co_await unorderedTry.next();
  co_await genScope.joinAsync();

  // Coroutine synchronization primitives.
  folly::coro::Baton cb;
  cb.post();
  co_await cb;
  folly::coro::Mutex m;
  std::unique_lock<folly::coro::Mutex> lock = co_await m.co_scoped_lock();
  co_await m.co_lock();
  m.unlock();
  co_return a;
}

folly::coro::Task<void> spawning(folly::Executor *ex) {
  // Unowned starts.
  co_withExecutor(ex, work()).start();
  co_withExecutor(ex, work()).start([](folly::Try<void> &&) {});
  co_withExecutor(ex, work()).startInlineUnsafe();
  co_withExecutor(ex, work()).startInlineUnsafe([](folly::Try<void> &&) {});
#pragma clang diagnostic push
#pragma clang diagnostic ignored "-Wdeprecated-declarations"
  work().scheduleOn(ex).start();
#pragma clang diagnostic pop
  folly::futures::detachOn(ex, work().semi());
  folly::futures::detachOnGlobalCPUExecutor(folly::makeSemiFuture(1));
  folly::futures::detachWithoutExecutor(folly::makeSemiFuture());

  // Owned.
  folly::coro::AsyncScope scope;
  scope.add(folly::coro::co_withExecutor(ex, work()));
  co_await scope.joinAsync();
  folly::coro::AsyncScope scope2(true);
  scope2.add(co_withExecutor(ex, work()));
  co_await scope2.cleanup();
  folly::coro::CancellableAsyncScope cscope;
  cscope.add(co_withExecutor(ex, work()));
  co_await cscope.co_schedule(work());
  cscope.requestCancellation();
  co_await cscope.cancelAndJoinAsync();
}

folly::coro::Task<void> blocking(folly::Executor *ex) {
  int v = folly::coro::blockingWait(fetch(1));
  v += folly::coro::blocking_wait(co_withExecutor(ex, fetch(2)));
  folly::coro::blockingWait(work());
  v += folly::makeSemiFuture(3).get();
  v += folly::makeFuture(4).get();
  folly::makeSemiFuture(5).wait();
  folly::SemiFuture<int> sf = folly::makeSemiFuture(6);
  sf.wait();
  folly::Baton<> baton;
  baton.wait();
  (void)baton.try_wait_for(1ms);
  (void)v;
  co_return;
}

int main() {
  folly::CPUThreadPoolExecutor pool(4);
  return folly::coro::blockingWait(co_withExecutor(&pool, awaitAll(&pool)));
}
