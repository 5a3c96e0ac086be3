// RUN: %check_async_tidy %s async-unbounded-fan-out %t

#include <concurrencpp/concurrencpp.h>
#include <coro/coro.hpp>
#include <cppcoro/task.hpp>
#include <cppcoro/when_all.hpp>
#include <cppcoro/when_all_ready.hpp>
#include <iostream>
#include <memory>
#include <seastar/core/future.hh>
#include <seastar/core/loop.hh>
#include <seastar/core/semaphore.hh>
#include <seastar/core/when_all.hh>
#include <seastar/coroutine/parallel_for_each.hh>
#include <string>
#include <array>
#include <vector>

seastar::future<int> sfetch(int id) { co_return id; }

seastar::future<> positiveSeastarIterators(const std::vector<int> &ids) {
  std::vector<seastar::future<int>> futures;
  for (std::size_t i = 0; i < ids.size(); ++i)
    futures.push_back(sfetch(ids[i]));
  co_await seastar::when_all(futures.begin(), futures.end());
  // CHECK-MESSAGES: :[[@LINE-1]]:21: warning: 'seastar::when_all' starts every task in 'futures' at once: their number grows with the input and nothing limits how many run concurrently [async-unbounded-fan-out]
  // CHECK-MESSAGES: :[[@LINE-4]]:3: note: 'futures' gets one task per iteration of this loop
  // CHECK-MESSAGES: :[[@LINE-3]]:21: note: bound the number of tasks in flight with seastar::max_concurrent_for_each(<range>, <max-in-flight>, <func>)
}

// A semaphore taken before each task is created bounds the fan-out.
seastar::future<> negativeSeastarSemaphore(const std::vector<int> &ids,
                                           seastar::semaphore &limit) {
  std::vector<seastar::future<int>> futures;
  for (int id : ids) {
    auto units = co_await seastar::get_units(limit, 1);
    futures.push_back(sfetch(id));
  }
  co_await seastar::when_all_succeed(std::move(futures));
}

seastar::future<> negativeSeastarMaxConcurrent(const std::vector<int> &ids) {
  co_await seastar::max_concurrent_for_each(ids, 8, [](int id) { return sfetch(id).discard_result(); });
}

coro::task<int> lfetch(int id) { co_return id; }

// The trip count comes from a read.
coro::task<void> positiveLibcoroReadLoop() {
  std::vector<coro::task<int>> tasks;
  int id;
  while (std::cin >> id)
    tasks.emplace_back(lfetch(id));
  co_await coro::when_all(std::move(tasks));
  // CHECK-MESSAGES: :[[@LINE-1]]:18: warning: 'coro::when_all' starts every task in 'tasks' at once: their number grows with the input and nothing limits how many run concurrently [async-unbounded-fan-out]
  // CHECK-MESSAGES: :[[@LINE-4]]:3: note: 'tasks' gets one task per iteration of this loop
  // CHECK-MESSAGES: :[[@LINE-3]]:18: note: bound the number of tasks in flight with a coro::semaphore acquired as each task's first step (co_await <semaphore>.acquire()), or chunks of at most <max-in-flight> tasks
}

coro::task<void> negativeLibcoroSemaphore(std::vector<int> ids,
                                          coro::semaphore<4> &limit) {
  std::vector<coro::task<int>> tasks;
  for (int id : ids) {
    co_await limit.acquire();
    tasks.emplace_back(lfetch(id));
  }
  co_await coro::when_all(std::move(tasks));
}

cppcoro::task<int> cfetch(int id) { co_return id; }

cppcoro::task<void> positiveCppcoro(std::vector<int> ids) {
  std::vector<cppcoro::task<int>> tasks;
  for (int id : ids)
    tasks.push_back(cfetch(id));
  co_await cppcoro::when_all_ready(std::move(tasks));
  // CHECK-MESSAGES: :[[@LINE-1]]:21: warning: 'cppcoro::when_all_ready' starts every task in 'tasks' at once: their number grows with the input and nothing limits how many run concurrently [async-unbounded-fan-out]
  // CHECK-MESSAGES: :[[@LINE-4]]:3: note: 'tasks' gets one task per iteration of this loop
  // CHECK-MESSAGES: :[[@LINE-3]]:21: note: bound the number of tasks in flight with chunks of at most <max-in-flight> tasks, each awaited before the next is filled, or a cppcoro::async_semaphore acquired as each task's first step
}

concurrencpp::result<int> efetch(int id) { co_return id; }

// The executor comes first; the collection is found among the arguments.
concurrencpp::result<void>
positiveConcurrencpp(std::shared_ptr<concurrencpp::executor> ex,
                     std::vector<int> ids) {
  std::vector<concurrencpp::result<int>> results;
  for (int id : ids)
    results.push_back(efetch(id));
  co_await concurrencpp::when_all(ex, results.begin(), results.end());
  // CHECK-MESSAGES: :[[@LINE-1]]:26: warning: 'concurrencpp::when_all' starts every task in 'results' at once: their number grows with the input and nothing limits how many run concurrently [async-unbounded-fan-out]
  // CHECK-MESSAGES: :[[@LINE-4]]:3: note: 'results' gets one task per iteration of this loop
  // CHECK-MESSAGES: :[[@LINE-3]]:26: note: bound the number of tasks in flight with chunks of at most <max-in-flight> tasks, or <max-in-flight> worker tasks pulling from a shared queue
}

// The task count is the executor's concurrency: already N workers.
concurrencpp::result<void>
negativeConcurrencyLevel(std::shared_ptr<concurrencpp::executor> ex) {
  const auto level = ex->max_concurrency_level();
  std::vector<concurrencpp::result<int>> results;
  for (int i = 0; i < level; i++)
    results.emplace_back(efetch(i));
  co_await concurrencpp::when_all(ex, results.begin(), results.end());
}

// A constant number of tasks, whatever its size, is not input-sized.
concurrencpp::result<void>
negativeConstantCount(std::shared_ptr<concurrencpp::executor> ex) {
  constexpr std::size_t task_count = 1'024;
  std::vector<concurrencpp::result<int>> results;
  for (std::size_t i = 0; i < task_count; i++)
    results.emplace_back(efetch(i));
  co_await concurrencpp::when_all(ex, results.begin(), results.end());
}

// Each task takes the limit as its first step.
coro::task<void> negativeLimitInEachTask(std::vector<int> ids,
                                         coro::semaphore<4> &limit) {
  auto limited = [&](int id) -> coro::task<int> {
    co_await limit.acquire();
    co_return co_await lfetch(id);
  };
  std::vector<coro::task<int>> tasks;
  for (int id : ids)
    tasks.emplace_back(limited(id));
  co_await coro::when_all(std::move(tasks));
}

// A limit taken later in the task does not bound how many start.
coro::task<void> positiveLimitTakenLate(std::vector<int> ids,
                                        coro::semaphore<4> &limit) {
  auto late = [&](int id) -> coro::task<int> {
    int v = co_await lfetch(id);
    co_await limit.acquire();
    co_return v;
  };
  std::vector<coro::task<int>> tasks;
  for (int id : ids)
    tasks.emplace_back(late(id));
  co_await coro::when_all(std::move(tasks));
  // CHECK-MESSAGES: :[[@LINE-1]]:18: warning: 'coro::when_all' starts every task in 'tasks' at once: {{.*}}
  // CHECK-MESSAGES: :[[@LINE-4]]:3: note: 'tasks' gets one task per iteration of this loop
  // CHECK-MESSAGES: :[[@LINE-3]]:18: note: bound the number of tasks in flight with {{.*}}
}

// Inside a combinator over a range it was given: the tasks exist already,
// whoever built the range chose how many.
template <typename Range> coro::task<void> negativeGivenAwaitables(Range awaitables) {
  std::vector<coro::task<int>> tasks;
  for (auto &&a : awaitables)
    tasks.emplace_back(std::move(a));
  co_await coro::when_all(std::move(tasks));
}
template coro::task<void> negativeGivenAwaitables(std::vector<coro::task<int>>);

// Seastar's parallel_for_each over a range sized by the input.
seastar::future<> positiveParallelForEach(const std::vector<int> &ids) {
  co_await seastar::parallel_for_each(ids, [](int id) { return sfetch(id).discard_result(); });
  // CHECK-MESSAGES: :[[@LINE-1]]:21: warning: 'seastar::parallel_for_each' starts one task per element of 'ids' at once: their number grows with the input and nothing limits how many run concurrently [async-unbounded-fan-out]
  // CHECK-MESSAGES: :[[@LINE-2]]:21: note: bound the number of tasks in flight with seastar::max_concurrent_for_each(<range>, <max-in-flight>, <func>)
  co_await seastar::coroutine::parallel_for_each(ids, [](int id) { return sfetch(id).discard_result(); });
  // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: 'seastar::coroutine::parallel_for_each' starts one task per element of 'ids' at once: {{.*}}
  // CHECK-MESSAGES: :[[@LINE-2]]:12: note: bound the number of tasks in flight with seastar::max_concurrent_for_each(<range>, <max-in-flight>, <func>)
}

seastar::future<> negativeParallelForEachFixed(std::array<int, 3> ids) {
  co_await seastar::parallel_for_each(ids, [](int id) { return sfetch(id).discard_result(); });
}
