// RUN: %check_async_tidy %s async-blocking-call-in-coroutine %t -- %qcoro_flags

// Against the real QCoro 0.8 and Qt 6 headers.

#include <QCoroTask>
#include <QCoroTimer>
#include <QThread>
#include <chrono>
#include <thread>

using namespace std::chrono_literals;

QCoro::Task<void> positiveQtSleeps() {
  std::this_thread::sleep_for(250ms);
  // CHECK-MESSAGES: :[[@LINE-1]]:21: warning: blocking call to 'std::this_thread::sleep_for' inside coroutine 'positiveQtSleeps' stalls every task on its executor [async-blocking-call-in-coroutine]
  // CHECK-FIXES: co_await QCoro::sleepFor(250ms);
  QThread::msleep(100);
  // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: blocking call to 'QThread::msleep' inside coroutine 'positiveQtSleeps' stalls every task on its executor [async-blocking-call-in-coroutine]
  co_return;
}

QCoro::Task<int> value();
QCoro::Task<int> positiveWaitFor() {
  co_return QCoro::waitFor(value());
  // CHECK-MESSAGES: :[[@LINE-1]]:20: warning: 'QCoro::waitFor' inside coroutine 'positiveWaitFor' runs a nested event loop until the awaited work completes: the coroutine holds its thread while other events run re-entrantly under it [async-blocking-call-in-coroutine]
  // CHECK-FIXES: co_return co_await value();
}

// The awaitable forms.
QCoro::Task<void> negativeQCoroSleep() {
  co_await QCoro::sleepFor(250ms);
  int v = co_await value();
  (void)v;
}
