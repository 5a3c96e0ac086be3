// RUN: %check_async_tidy %s async-unowned-task %t -- -Wno-unused-result

#include <concurrencpp/concurrencpp.h>
#include <coro/coro.hpp>
#include <cppcoro/async_scope.hpp>
#include <cppcoro/task.hpp>
#include <exec/async_scope.hpp>
#include <exec/start_detached.hpp>
#include <folly/coro/AsyncScope.h>
#include <folly/coro/Task.h>
#include <memory>
#include <seastar/core/future.hh>
#include <seastar/core/gate.hh>
#include <seastar/core/sleep.hh>
#include <stdexec/execution.hpp>
#include <thread>
#include <tuple>
#include <stdexcept>

using namespace std::chrono_literals;

folly::coro::Task<int> fetch() { throw std::runtime_error("unavailable"); co_return 0; }
coro::task<void> work() { throw std::runtime_error("unavailable"); co_return; }
seastar::future<> flush();

//===--- Unowned spawns ---------------------------------------------------===//

void positiveStartDetached() {
  exec::start_detached(stdexec::just(1));
  // CHECK-MESSAGES: :[[@LINE-1]]:9: warning: 'exec::start_detached' starts work that nothing owns: its errors are lost, and nothing can wait for it or cancel it [async-unowned-task]
  // CHECK-MESSAGES: :[[@LINE-2]]:9: note: to give it an owner, spawn it into a 'stdexec::counting_scope', 'stdexec::spawn(std::move(sender), scope.get_token())', and 'co_await scope.join()' before the scope ends
}

void positiveFollyStartDiscarded(folly::Executor *executor) {
  folly::coro::co_withExecutor(executor, fetch()).start();
  // CHECK-MESSAGES: :[[@LINE-1]]:51: warning: the future returned by 'folly::coro::TaskWithExecutor::start' is discarded: the task runs with no owner, so its errors are lost and nothing can wait for it or cancel it [async-unowned-task]
  // CHECK-MESSAGES: :[[@LINE-2]]:51: note: to give it an owner, add it to a 'folly::coro::AsyncScope', 'scope.add(co_withExecutor(executor, std::move(task)))', and 'co_await scope.joinAsync()' before the scope ends
}

void positiveFollyCallbackIgnoresResult(folly::Executor *executor) {
  folly::coro::co_withExecutor(executor, fetch()).start([](auto &&) {});
  // CHECK-MESSAGES: :[[@LINE-1]]:51: warning: the callback passed to 'folly::coro::TaskWithExecutor::start' ignores the task's result, so its errors are lost [async-unowned-task]
  // CHECK-MESSAGES: :[[@LINE-2]]:60: note: the result parameter is unnamed
  // CHECK-MESSAGES: :[[@LINE-3]]:51: note: to give it an owner, add it to a 'folly::coro::AsyncScope', 'scope.add(co_withExecutor(executor, std::move(task)))', and 'co_await scope.joinAsync()' before the scope ends
}

void positiveLibcoroSpawnDetached(std::shared_ptr<coro::thread_pool> pool) {
  pool->spawn_detached(work());
  // CHECK-MESSAGES: :[[@LINE-1]]:9: warning: 'coro::thread_pool::spawn_detached' starts work that nothing owns: its errors are lost, and nothing can wait for it or cancel it [async-unowned-task]
  // CHECK-MESSAGES: :[[@LINE-2]]:9: note: to give it an owner, start it in a 'coro::task_group' and 'co_await' the group
}

void positiveThreadDetach() {
  int count = 0;
  std::thread worker([&count] { ++count; });
  worker.detach();
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: 'std::thread::detach' leaves the thread with no owner: nothing can join it, and it may outlive the objects it uses [async-unowned-task]
  // CHECK-MESSAGES: :[[@LINE-2]]:10: note: to give it an owner, keep it in a 'std::jthread' or 'join()' it
}

//===--- Dropped eager tasks ----------------------------------------------===//

seastar::future<> positiveSeastarVoidCast() {
  (void)seastar::sleep(1s);
  // CHECK-MESSAGES: :[[@LINE-1]]:18: warning: eager task returned by 'seastar::sleep' is cast to void: it keeps running with no owner, so its errors are lost and nothing can wait for it [async-unowned-task]
  // CHECK-MESSAGES: :[[@LINE-2]]:18: note: to give it an owner, run it under a 'seastar::gate', 'seastar::with_gate(gate, ...)', and 'co_await gate.close()' before the gate ends
  auto pending = flush();
  std::ignore = pending;
  // CHECK-MESSAGES: :[[@LINE-1]]:17: warning: eager task 'pending' is assigned to 'std::ignore': it keeps running with no owner, so its errors are lost and nothing can wait for it [async-unowned-task]
  // CHECK-MESSAGES: :[[@LINE-2]]:17: note: to give it an owner, run it under a 'seastar::gate', 'seastar::with_gate(gate, ...)', and 'co_await gate.close()' before the gate ends
  co_return;
}

void positiveConcurrencppSubmitDropped(std::shared_ptr<concurrencpp::executor> executor) {
  executor->submit([] { return 1; });
  // CHECK-MESSAGES: :[[@LINE-1]]:13: warning: eager task returned by 'concurrencpp::executor::submit' is discarded: it keeps running with no owner, so its errors are lost and nothing can wait for it [async-unowned-task]
  // CHECK-MESSAGES: :[[@LINE-2]]:13: note: to give it an owner, keep the 'concurrencpp::result' and 'co_await' it
}

//===--- Negative cases: owned forms --------------------------------------===//

folly::coro::Task<void> negativeFollyAsyncScope(folly::Executor *executor) {
  folly::coro::AsyncScope scope;
  scope.add(folly::coro::co_withExecutor(executor, fetch()));
  co_await scope.joinAsync();
}

folly::coro::Task<void> negativeFollyFutureKept(folly::Executor *executor) {
  auto future = folly::coro::co_withExecutor(executor, fetch()).start();
  co_await std::move(future);
}

void negativeFollyCallbackUsesResult(folly::Executor *executor) {
  folly::coro::co_withExecutor(executor, fetch()).start([](auto &&result) { (void)result.value(); });
}

cppcoro::task<void> makeCppcoro() { throw std::runtime_error("unavailable"); co_return; }
cppcoro::task<void> negativeCppcoroScope() {
  cppcoro::async_scope scope;
  scope.spawn(makeCppcoro());
  co_await scope.join();
}

void negativeExecScope(exec::async_scope &scope) { scope.spawn(stdexec::just(1)); }

seastar::future<> negativeSeastarGate(seastar::gate &gate) {
  (void)seastar::with_gate(gate, [] { return flush(); });
  (void)flush().finally([holder = gate.hold()] {});
  co_await flush();
}

void negativeThreadJoined() {
  std::thread worker([] {});
  worker.join();
}

// Not the task-taking overload: the scheduler's own schedule() is awaited.
coro::task<void> negativeLibcoroSchedule(std::shared_ptr<coro::io_scheduler> scheduler) {
  co_await scheduler->schedule();
}

// Lazy tasks dropped are async-discarded-task's business.
void negativeLazyDropped() { (void)work(); }
