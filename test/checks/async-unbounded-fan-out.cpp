// RUN: %check_async_tidy %s async-unbounded-fan-out %t
// RUN: %check_async_tidy -check-suffix=LOW %s async-unbounded-fan-out %t -config='{CheckOptions: {async-unbounded-fan-out.TripCountThreshold: 4}}'

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
  // CHECK-MESSAGES: :[[@LINE-3]]:25: note: bound the number of tasks in flight with folly::coro::collectAllWindowed(tasks, N)
  // CHECK-MESSAGES-LOW: :[[@LINE-4]]:25: warning: 'folly::coro::collectAllRange' starts every task in 'tasks' at once: their number grows with the input and nothing limits how many run concurrently [async-unbounded-fan-out]
}

folly::coro::Task<void> positiveCountFromParameter(int n) {
  std::vector<folly::coro::Task<int>> tasks;
  for (int i = 0; i < n; ++i)
    tasks.emplace_back(fetch(i));
  co_await folly::coro::collectAllTryRange(std::move(tasks));
  // CHECK-MESSAGES: :[[@LINE-1]]:25: warning: 'folly::coro::collectAllTryRange' starts every task in 'tasks' at once: their number grows with the input and nothing limits how many run concurrently [async-unbounded-fan-out]
  // CHECK-MESSAGES: :[[@LINE-4]]:3: note: 'tasks' gets one task per iteration of this loop
  // CHECK-MESSAGES: :[[@LINE-3]]:25: note: bound the number of tasks in flight with folly::coro::collectAllTryWindowed(tasks, N)
  // CHECK-MESSAGES-LOW: :[[@LINE-4]]:25: warning: 'folly::coro::collectAllTryRange' starts every task in 'tasks' at once: their number grows with the input and nothing limits how many run concurrently [async-unbounded-fan-out]
}

// A constant trip count below the threshold (16 by default, 4 with -LOW).
folly::coro::Task<void> negativeSmallConstantCount() {
  std::vector<folly::coro::Task<int>> tasks;
  for (int i = 0; i < 8; ++i)
    tasks.push_back(fetch(i));
  co_await folly::coro::collectAllRange(std::move(tasks));
  // CHECK-MESSAGES-LOW: :[[@LINE-1]]:25: warning: 'folly::coro::collectAllRange' starts every task in 'tasks' at once: their number grows with the input and nothing limits how many run concurrently [async-unbounded-fan-out]
}

folly::coro::Task<void> positiveLargeConstantCount() {
  std::vector<folly::coro::Task<int>> tasks;
  for (int i = 0; i < 1000; ++i)
    tasks.push_back(fetch(i));
  co_await folly::coro::collectAllRange(std::move(tasks));
  // CHECK-MESSAGES: :[[@LINE-1]]:25: warning: 'folly::coro::collectAllRange' starts every task in 'tasks' at once: their number grows with the input and nothing limits how many run concurrently [async-unbounded-fan-out]
  // CHECK-MESSAGES: :[[@LINE-4]]:3: note: 'tasks' gets one task per iteration of this loop
  // CHECK-MESSAGES: :[[@LINE-3]]:25: note: bound the number of tasks in flight with folly::coro::collectAllWindowed(tasks, N)
  // CHECK-MESSAGES-LOW: :[[@LINE-4]]:25: warning: 'folly::coro::collectAllRange' starts every task in 'tasks' at once: their number grows with the input and nothing limits how many run concurrently [async-unbounded-fan-out]
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
  // CHECK-MESSAGES: :[[@LINE-3]]:25: note: bound the number of tasks in flight with folly::coro::collectAllWindowed(tasks, N)
  // CHECK-MESSAGES-LOW: :[[@LINE-4]]:25: warning: 'folly::coro::collectAllRange' starts every task in 'tasks' at once: their number grows with the input and nothing limits how many run concurrently [async-unbounded-fan-out]
}
template folly::coro::Task<void> positiveTemplate(std::vector<int>);
template folly::coro::Task<void> positiveTemplate(std::vector<long>);
