// RUN: %check_async_tidy %s async-unowned-task %t -- %qcoro_flags
// RUN: %check_async_tidy -check-suffix=DISCARDED %s async-discarded-task %t -- %qcoro_flags

#include <QCoroTask>
#include <QCoroTimer>
#include <QEventLoop>
#include <chrono>
#include <exception>
#include <stdexcept>

using namespace std::chrono_literals;

QCoro::Task<int> fetch() { throw std::runtime_error("unavailable"); co_return 0; }

// QCoro::Task is eager: a dropped one keeps running, unowned.
void positiveDroppedEagerTask() {
  fetch();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: eager task returned by 'fetch' is discarded: it keeps running with no owner, so its errors are lost and nothing can wait for it [async-unowned-task]
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: to give it an owner, keep the 'QCoro::Task' and 'co_await' it
}

// A local eager task nobody awaits: async-discarded-task, fixed inside a
// QCoro coroutine.
QCoro::Task<void> positiveUnawaitedLocal() {
  auto value = fetch();
  // CHECK-MESSAGES-DISCARDED: :[[@LINE-1]]:8: warning: task 'value' is never awaited or passed on, so nothing observes its result or its errors [async-discarded-task]
  // CHECK-FIXES-DISCARDED: auto value = co_await fetch();
  co_return;
}

// Negative: awaited, or kept and awaited later.
QCoro::Task<void> negativeAwaited() {
  co_await fetch();
  auto pending = fetch();
  co_await QCoro::sleepFor(10ms);
  co_await pending;
}

//===--- QCoro's continuation API -----------------------------------------===//

// `then` is how QCoro uses a task from plain code: the continuation
// observes the result (the task returned by `then` may be dropped).
void negativeThenContinuation() {
  fetch().then([](int value) { (void)value; });
  fetch().then([] {}, [](const std::exception &) {});
}

//===--- Waited for in a nested event loop --------------------------------===//

// The task quits the loop it is given, and the function blocks in that
// loop until it has: the function waits for it.
QCoro::Task<void> quitWhenDone(QEventLoop &loop) {
  if (!loop.isRunning())
    throw std::logic_error("no loop");
  co_return;
}
void negativeWaitedForInNestedLoop() {
  QEventLoop loop;
  quitWhenDone(loop);
  loop.exec();
}
void positiveLoopNeverRun() {
  QEventLoop loop;
  quitWhenDone(loop);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: eager task returned by 'quitWhenDone' is discarded: it keeps running with no owner, so its errors are lost and nothing can wait for it [async-unowned-task]
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: to give it an owner, keep the 'QCoro::Task' and 'co_await' it
}

// An eager task whose coroutine cannot throw loses nothing.
QCoro::Task<int> answer() { co_return 42; }
void negativeCannotThrow() { answer(); }
