// RUN: %check_async_tidy %s async-discarded-task %t -- -Wno-unused-result

// Every function is walked once, as its own definition: lambdas (also in
// lambdas), local classes' member functions, template instantiations.

#include <folly/coro/Collect.h>
#include <folly/coro/Task.h>
#include <utility>
#include <vector>

folly::coro::Task<int> fetch();
folly::coro::Task<void> store(int);

//===--- Positive: each statement is reported once ------------------------===//

// A lambda in a lambda in a coroutine: the inner lambda is a plain function,
// so a note instead of a fix.
folly::coro::Task<void> positiveLambdaInLambda() {
  auto outer = [] {
    auto inner = [] {
      store(1);
      // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: lazy task returned by 'store' is discarded, so its work never runs [async-discarded-task]
      // CHECK-MESSAGES: :[[@LINE-2]]:7: note: co_await it inside a coroutine, or pass it to code that starts it
    };
    inner();
  };
  outer();
  co_return;
}

// A coroutine lambda declared in a catch handler: its body is not in the
// handler, so the fix applies.
folly::coro::Task<void> positiveCoroutineLambdaInHandler() {
  try {
    co_await fetch();
  } catch (...) {
    auto retry = []() -> folly::coro::Task<void> {
      store(2);
      // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: lazy task returned by 'store' is discarded, so its work never runs [async-discarded-task]
      // CHECK-FIXES: co_await store(2);
      co_return;
    };
    (void)retry;
  }
}

// A member function of a local class.
void positiveLocalClass() {
  struct Local {
    folly::coro::Task<void> run() {
      store(3);
      // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: lazy task returned by 'store' is discarded, so its work never runs [async-discarded-task]
      // CHECK-FIXES: co_await store(3);
      co_return;
    }
  };
}

// A generic lambda instantiated twice: reported once.
void positiveGenericLambda() {
  auto each = [](auto value) {
    store(value);
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: lazy task returned by 'store' is discarded, so its work never runs [async-discarded-task]
    // CHECK-MESSAGES: :[[@LINE-2]]:5: note: co_await it inside a coroutine, or pass it to code that starts it
  };
  each(1);
  each(short{2});
}

// A local in a loop body and in a case.
folly::coro::Task<void> positiveInLoopAndCase(int kind) {
  for (int i = 0; i < 2; ++i) {
    auto unused = fetch();
    // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: lazy task 'unused' is never awaited, started or passed on, so its work never runs [async-discarded-task]
    // CHECK-FIXES: auto unused = co_await fetch();
  }
  switch (kind) {
  case 0:
    store(4);
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: lazy task returned by 'store' is discarded, so its work never runs [async-discarded-task]
    // CHECK-FIXES: co_await store(4);
    break;
  default:
    break;
  }
  co_return;
}

//===--- Negative: the precision list -------------------------------------===//

// Awaited in a later statement, after other work.
folly::coro::Task<int> negativeAwaitedLater() {
  auto first = fetch();
  auto second = fetch();
  co_await store(0);
  int sum = co_await std::move(second);
  co_return sum + co_await std::move(first);
}

// Awaited in one branch, moved on in the other.
void consume(folly::coro::Task<int> task);
folly::coro::Task<void> negativeBranches(bool flag) {
  auto task = fetch();
  if (flag) {
    co_await std::move(task);
  } else {
    consume(std::move(task));
  }
}

// Moved into a container inside a loop, awaited as a whole.
folly::coro::Task<void> negativeCollectedInLoop(int n) {
  std::vector<folly::coro::Task<int>> tasks;
  for (int i = 0; i < n; ++i) {
    auto task = fetch();
    tasks.push_back(std::move(task));
  }
  co_await folly::coro::collectAllRange(std::move(tasks));
}

// A factory that is not a coroutine, in a template.
template <typename T> folly::coro::Task<T> negativeTemplateFactory() {
  auto task = fetch();
  return task;
}
template folly::coro::Task<int> negativeTemplateFactory<int>();

// A template coroutine that awaits what it creates, instantiated.
template <typename T> folly::coro::Task<void> negativeTemplateAwaits(T value) {
  auto task = store(value);
  co_await std::move(task);
}
template folly::coro::Task<void> negativeTemplateAwaits(int);

// Awaited through macros.
#define AWAIT(x) co_await (x)
#define START(var) auto var = fetch()
folly::coro::Task<void> negativeMacros() {
  AWAIT(store(5));
  START(pending);
  AWAIT(std::move(pending));
}

// Passed to a lambda parameter.
void negativePassedToLambda() {
  auto sink = [](folly::coro::Task<int> task) { consume(std::move(task)); };
  sink(fetch());
  auto task = fetch();
  sink(std::move(task));
}
