// RUN: %check_async_tidy %s async-unowned-task %t -- -Wno-unused-result -Wno-deprecated-declarations

#include <coro/coro.hpp>
#include <coro/task_container.hpp>
#include <coro/task_group.hpp>
#include <folly/coro/Task.h>
#include <folly/futures/Future.h>
#include <atomic>
#include <memory>
#include <thread>
#include <utility>
#include <stdexcept>

folly::coro::Task<int> fetch() { throw std::runtime_error("unavailable"); co_return 0; }
coro::task<void> work() { throw std::runtime_error("unavailable"); co_return; }

//===--- folly: the future of start() is the owner ------------------------===//

void positiveScheduleOnStartDiscarded(folly::Executor *executor) {
  fetch().scheduleOn(executor).start();
  // CHECK-MESSAGES: :[[@LINE-1]]:32: warning: the future returned by 'folly::coro::TaskWithExecutor::start' is discarded: the task runs with no owner, so its errors are lost and nothing can wait for it or cancel it [async-unowned-task]
  // CHECK-MESSAGES: :[[@LINE-2]]:32: note: to give it an owner, add it to a 'folly::coro::AsyncScope', 'scope.add(co_withExecutor(executor, std::move(task)))', and 'co_await scope.joinAsync()' before the scope ends
  (void)folly::coro::co_withExecutor(executor, fetch()).startInlineUnsafe();
  // CHECK-MESSAGES: :[[@LINE-1]]:57: warning: the future returned by 'folly::coro::TaskWithExecutor::startInlineUnsafe' is cast to void: the task runs with no owner, so its errors are lost and nothing can wait for it or cancel it [async-unowned-task]
  // CHECK-MESSAGES: :[[@LINE-2]]:57: note: to give it an owner, add it to a 'folly::coro::AsyncScope', 'scope.add(co_withExecutor(executor, std::move(task)))', and 'co_await scope.joinAsync()' before the scope ends
}

// The future is returned, and the caller waits for it later.
folly::SemiFuture<int> negativeStartReturned(folly::Executor *executor) {
  return fetch().scheduleOn(executor).start();
}
int negativeFutureWaitedElsewhere(folly::Executor *executor) {
  auto pending = negativeStartReturned(executor);
  auto other = folly::coro::co_withExecutor(executor, fetch()).start();
  int first = std::move(other).get();
  return first + std::move(pending).get();
}

// Stored in a member, waited for by another member function.
class Prefetcher {
public:
  explicit Prefetcher(folly::Executor *executor)
      : pending_(folly::coro::co_withExecutor(executor, fetch()).start()) {}
  int value() { return std::move(pending_).get(); }

private:
  folly::SemiFuture<int> pending_;
};

//===--- libcoro owners ---------------------------------------------------===//

coro::task<void> negativeTaskGroup(std::unique_ptr<coro::thread_pool> &pool) {
  coro::task_group<coro::thread_pool> group{pool};
  (void)group.start(work());
  co_await group;
}

coro::task<void> negativeTaskContainer(std::shared_ptr<coro::io_scheduler> scheduler) {
  coro::task_container<coro::io_scheduler> container{scheduler};
  container.start(work());
  co_await container.yield_until_empty();
}

//===--- Where the walk looks ---------------------------------------------===//

// A constructor initializer is part of the constructor.
struct Launcher {
  explicit Launcher(std::thread &worker) : launched((worker.detach(), true)) {}
  // CHECK-MESSAGES: :[[@LINE-1]]:61: warning: 'std::thread::detach' leaves the thread with no owner: nothing can join it, and it may outlive the objects it uses [async-unowned-task]
  // CHECK-MESSAGES: :[[@LINE-2]]:61: note: to give it an owner, keep it in a 'std::jthread' or 'join()' it
  bool launched;
};

// A lambda in a lambda, and a local class's member function: each is walked
// once, as its own function.
void positiveNested(std::shared_ptr<coro::thread_pool> pool) {
  auto outer = [pool] {
    auto inner = [pool] {
      pool->spawn_detached(work());
      // CHECK-MESSAGES: :[[@LINE-1]]:13: warning: 'coro::thread_pool::spawn_detached' starts work that nothing owns: its errors are lost, and nothing can wait for it or cancel it [async-unowned-task]
      // CHECK-MESSAGES: :[[@LINE-2]]:13: note: to give it an owner, start it in a 'coro::task_group' and 'co_await' the group
    };
    inner();
  };
  outer();
  struct Local {
    static void run(std::thread &worker) {
      worker.detach();
      // CHECK-MESSAGES: :[[@LINE-1]]:14: warning: 'std::thread::detach' leaves the thread with no owner: nothing can join it, and it may outlive the objects it uses [async-unowned-task]
      // CHECK-MESSAGES: :[[@LINE-2]]:14: note: to give it an owner, keep it in a 'std::jthread' or 'join()' it
    }
  };
}

//===--- The spawned coroutine cannot throw -------------------------------===//

// Nothing can leave a task that only bumps an atomic counter: nothing is
// lost by spawning it. Its twin awaits work that throws.
void negativeSpawnedTaskCannotThrow(std::shared_ptr<coro::thread_pool> pool,
                                    std::atomic<int> &count) {
  auto task = [](std::atomic<int> &count) -> coro::task<void> {
    count++;
    co_return;
  };
  pool->spawn(task(count));
  pool->spawn_detached(task(count));
}
void positiveSpawnedTaskThrows(std::shared_ptr<coro::thread_pool> pool,
                               std::atomic<int> &count) {
  auto task = [](std::atomic<int> &count) -> coro::task<void> {
    co_await work();
    count++;
  };
  pool->spawn(task(count));
  // CHECK-MESSAGES: :[[@LINE-1]]:9: warning: 'coro::thread_pool::spawn' starts work that nothing owns: its errors are lost, and nothing can wait for it or cancel it [async-unowned-task]
  // CHECK-MESSAGES: :[[@LINE-2]]:9: note: to give it an owner, start it in a 'coro::task_group' and 'co_await' the group
}
