// RUN: %check_async_tidy %s async-unbounded-fan-out %t

#include <array>
#include <folly/coro/Collect.h>
#include <folly/coro/Task.h>
#include <string>
#include <vector>

folly::coro::Task<int> fetch(int id) { co_return id; }

folly::coro::Task<void> positiveLoopOverInput(std::vector<int> ids) {
  std::vector<folly::coro::Task<int>> tasks;
  for (int id : ids)
    tasks.push_back(fetch(id));
  co_await folly::coro::collectAllRange(std::move(tasks));
  // CHECK-MESSAGES: :[[@LINE-1]]:25: warning: 'folly::coro::collectAllRange' starts every task in 'tasks' at once: their number grows with the input and nothing limits how many run concurrently [async-unbounded-fan-out]
  // CHECK-MESSAGES: :[[@LINE-4]]:3: note: 'tasks' gets one task per iteration of this loop
  // CHECK-MESSAGES: :[[@LINE-3]]:25: note: bound the number of tasks in flight with folly::coro::collectAllWindowed(<tasks>, <max-in-flight>)
}

folly::coro::Task<void> positiveCountFromParameter(int n) {
  std::vector<folly::coro::Task<int>> tasks;
  for (int i = 0; i < n; ++i)
    tasks.emplace_back(fetch(i));
  co_await folly::coro::collectAllTryRange(std::move(tasks));
  // CHECK-MESSAGES: :[[@LINE-1]]:25: warning: 'folly::coro::collectAllTryRange' starts every task in 'tasks' at once: their number grows with the input and nothing limits how many run concurrently [async-unbounded-fan-out]
  // CHECK-MESSAGES: :[[@LINE-4]]:3: note: 'tasks' gets one task per iteration of this loop
  // CHECK-MESSAGES: :[[@LINE-3]]:25: note: bound the number of tasks in flight with folly::coro::collectAllTryWindowed(<tasks>, <max-in-flight>)
}

// A constant trip count, whatever its size, is not input-sized.
folly::coro::Task<void> negativeConstantCounts() {
  std::vector<folly::coro::Task<int>> tasks;
  for (int i = 0; i < 8; ++i)
    tasks.push_back(fetch(i));
  co_await folly::coro::collectAllRange(std::move(tasks));
  std::vector<folly::coro::Task<int>> more;
  for (int i = 0; i < 1000; ++i)
    more.push_back(fetch(i));
  co_await folly::coro::collectAllRange(std::move(more));
}

// A lambda's count that every call passes as a constant.
folly::coro::Task<void> negativeLambdaCalledWithConstant() {
  auto many = [](int count) -> folly::coro::Task<void> {
    std::vector<folly::coro::Task<int>> tasks;
    for (int i = 0; i < count; ++i)
      tasks.push_back(fetch(i));
    co_await folly::coro::collectAllRange(std::move(tasks));
  };
  co_await many(20);
  co_await many(40);
}

folly::coro::Task<void> positiveLambdaCalledWithInput(int n) {
  auto many = [](int count) -> folly::coro::Task<void> {
    std::vector<folly::coro::Task<int>> tasks;
    for (int i = 0; i < count; ++i)
      tasks.push_back(fetch(i));
    co_await folly::coro::collectAllRange(std::move(tasks));
    // CHECK-MESSAGES: :[[@LINE-1]]:27: warning: 'folly::coro::collectAllRange' starts every task in 'tasks' at once: {{.*}}
    // CHECK-MESSAGES: :[[@LINE-4]]:5: note: 'tasks' gets one task per iteration of this loop
    // CHECK-MESSAGES: :[[@LINE-3]]:27: note: bound the number of tasks in flight with {{.*}}
  };
  co_await many(20);
  co_await many(n);
}

// Batches of bounded size: each full batch is awaited before the next is
// filled.
folly::coro::Task<void> negativeBatches(std::vector<int> ids) {
  std::vector<folly::coro::Task<int>> batch;
  for (int id : ids) {
    batch.push_back(fetch(id));
    if (batch.size() == 16) {
      co_await folly::coro::collectAllTryRange(std::move(batch));
      batch.clear();
    }
  }
  co_await folly::coro::collectAllTryRange(std::move(batch));
}

// Windows: a constant inner loop fills each window.
folly::coro::Task<void> negativeWindows(int windows) {
  for (int w = 0; w < windows; ++w) {
    std::vector<folly::coro::Task<int>> window;
    for (int i = 0; i < 16; ++i)
      window.push_back(fetch(w * 16 + i));
    co_await folly::coro::collectAllTryRange(std::move(window));
  }
}

// Compile-time sized: a fixed initializer list, std::array.
folly::coro::Task<void> negativeFixedSizes(std::array<int, 3> ids) {
  std::vector<folly::coro::Task<int>> tasks;
  for (int id : {1, 2, 3})
    tasks.push_back(fetch(id));
  co_await folly::coro::collectAllRange(std::move(tasks));
  std::vector<folly::coro::Task<int>> more;
  for (int id : ids)
    more.push_back(fetch(id));
  co_await folly::coro::collectAllRange(std::move(more));
}

// The windowed form limits concurrency.
folly::coro::Task<void> negativeWindowed(std::vector<int> ids) {
  std::vector<folly::coro::Task<int>> tasks;
  for (int id : ids)
    tasks.push_back(fetch(id));
  co_await folly::coro::collectAllWindowed(std::move(tasks), 8);
}

// Not filled in a loop here.
folly::coro::Task<void> negativeNoLoop(std::vector<folly::coro::Task<int>> given) {
  std::vector<folly::coro::Task<int>> tasks;
  tasks.push_back(fetch(1));
  tasks.push_back(fetch(2));
  co_await folly::coro::collectAllRange(std::move(tasks));
  co_await folly::coro::collectAllRange(std::move(given));
}

// In a template: reported once.
template <typename Range> folly::coro::Task<void> positiveTemplate(Range ids) {
  std::vector<folly::coro::Task<int>> tasks;
  for (auto id : ids)
    tasks.push_back(fetch(id));
  co_await folly::coro::collectAllRange(std::move(tasks));
  // CHECK-MESSAGES: :[[@LINE-1]]:25: warning: 'folly::coro::collectAllRange' starts every task in 'tasks' at once: their number grows with the input and nothing limits how many run concurrently [async-unbounded-fan-out]
  // CHECK-MESSAGES: :[[@LINE-4]]:3: note: 'tasks' gets one task per iteration of this loop
  // CHECK-MESSAGES: :[[@LINE-3]]:25: note: bound the number of tasks in flight with folly::coro::collectAllWindowed(<tasks>, <max-in-flight>)
}
template folly::coro::Task<void> positiveTemplate(std::vector<int>);
template folly::coro::Task<void> positiveTemplate(std::vector<long>);
