// RUN: %check_async_tidy %s async-busy-wait %t
// RUN: %check_async_tidy -check-suffix=BLOCKING %s async-busy-wait %t -config='{CheckOptions: {async-busy-wait.AdditionalBlockingFunctions: "::acme::runBlocking"}}'

#include <atomic>
#include <inhouse/task.h>
#include <thread>

std::atomic<bool> ready;

// A break in an inner loop does not leave the outer loop, whose only exit
// polls the flag.
acme::Task<void> positiveBreakInInnerLoop(int n) {
  while (!ready) {
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: busy-wait loop in coroutine 'positiveBreakInInnerLoop' polls 'ready' without suspending: it holds the thread and starves every other task on its executor [async-busy-wait]
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: await an event or a condition primitive of the coroutine's library instead of polling
  // CHECK-MESSAGES-BLOCKING: :[[@LINE-3]]:3: warning: busy-wait loop in coroutine 'positiveBreakInInnerLoop' polls 'ready' without suspending: it holds the thread and starves every other task on its executor [async-busy-wait]
    for (int i = 0; i < n; ++i)
      if (i == 3)
        break;
  }
  co_return;
}

// In a template: reported once, not per instantiation.
template <typename T> acme::Task<void> positiveInTemplate(std::atomic<T> &flag) {
  while (!flag.load())
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: busy-wait loop in coroutine 'positiveInTemplate' polls 'flag' without suspending: it holds the thread and starves every other task on its executor [async-busy-wait]
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: await an event or a condition primitive of the coroutine's library instead of polling
  // CHECK-MESSAGES-BLOCKING: :[[@LINE-3]]:3: warning: busy-wait loop in coroutine 'positiveInTemplate' polls 'flag' without suspending: it holds the thread and starves every other task on its executor [async-busy-wait]
    ;
  co_return;
}
template acme::Task<void> positiveInTemplate(std::atomic<int> &);
template acme::Task<void> positiveInTemplate(std::atomic<long> &);

// A member flag of the object the coroutine runs on.
struct Worker {
  std::atomic<bool> stopping{false};
  acme::Task<void> positiveMemberFlag() {
    for (;;) {
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: busy-wait loop in coroutine 'Worker::positiveMemberFlag' polls 'stopping' without suspending: it holds the thread and starves every other task on its executor [async-busy-wait]
    // CHECK-MESSAGES: :[[@LINE-2]]:5: note: await an event or a condition primitive of the coroutine's library instead of polling
    // CHECK-MESSAGES-BLOCKING: :[[@LINE-3]]:5: warning: busy-wait loop in coroutine 'Worker::positiveMemberFlag' polls 'stopping' without suspending: it holds the thread and starves every other task on its executor [async-busy-wait]
      if (stopping.load(std::memory_order_acquire))
        co_return;
    }
  }
};

// With an in-house blocking call configured, the loop blocks instead: the
// blocking check's finding.
acme::Task<int> work();
acme::Task<void> positiveUnlessConfiguredBlocking() {
  while (!ready)
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: busy-wait loop in coroutine 'positiveUnlessConfiguredBlocking' polls 'ready' without suspending: it holds the thread and starves every other task on its executor [async-busy-wait]
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: await an event or a condition primitive of the coroutine's library instead of polling
    acme::runBlocking(work());
  co_return;
}

#define SPIN_UNTIL(flag) while (!(flag)) {}
acme::Task<void> positiveInMacro() {
  SPIN_UNTIL(ready)
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: busy-wait loop in coroutine 'positiveInMacro' polls 'ready' without suspending: it holds the thread and starves every other task on its executor [async-busy-wait]
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: await an event or a condition primitive of the coroutine's library instead of polling
  // CHECK-MESSAGES-BLOCKING: :[[@LINE-3]]:3: warning: busy-wait loop in coroutine 'positiveInMacro' polls 'ready' without suspending: it holds the thread and starves every other task on its executor [async-busy-wait]
  co_return;
}

// A loop that runs once, or never.
acme::Task<void> negativeConstantFalse() {
  do {
  } while (false);
  while (false) {
  }
  co_return;
}
