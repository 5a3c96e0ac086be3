// RUN: %check_async_tidy %s async-unowned-task %t -config='{CheckOptions: {async-unowned-task.DeliberateDetachFunctions: "main;::acceptor", async-unowned-task.SpawnFunctions: "::std::thread::detach=std-thread;::folly::coro::TaskWithExecutor::start=folly:result;::acme::Executor::spawnDetached=acme", async-unowned-task.UnownedTaskHints: "acme=spawn it in an acme::TaskGroup and co_await group.join()"}}' -- -Wno-unused-result

#include <folly/coro/Task.h>
#include <inhouse/task.h>
#include <thread>

// Detaching is deliberate in main and for the acceptor.
folly::coro::Task<void> acceptor();
folly::coro::Task<void> session();

int main() {
  int count = 0;
  std::thread([&count] { ++count; }).detach();
}

void negativeSpawnAcceptor(acme::Executor &executor, folly::Executor *ex) {
  folly::coro::co_withExecutor(ex, acceptor()).start();
}

// An in-house spawn function, from the option.
acme::Task<void> job();
void positiveInHouseSpawn(acme::Executor &executor) {
  executor.spawnDetached(job());
  // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: 'acme::Executor::spawnDetached' starts work that nothing owns: its errors are lost, and nothing can wait for it or cancel it [async-unowned-task]
  // CHECK-MESSAGES: :[[@LINE-2]]:12: note: to give it an owner, spawn it in an acme::TaskGroup and co_await group.join()
}

// Outside the deliberate functions, still reported.
void positiveThreadDetach() {
  int count = 0;
  std::thread([&count] { ++count; }).detach();
  // CHECK-MESSAGES: :[[@LINE-1]]:38: warning: 'std::thread::detach' leaves the thread with no owner: nothing can join it, and it may outlive the objects it uses [async-unowned-task]
}

// Suppressed where it is meant, with NOLINT.
void negativeNolint(folly::Executor *ex) {
  folly::coro::co_withExecutor(ex, session()).start(); // NOLINT(async-unowned-task)
}
