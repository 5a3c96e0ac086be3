// RUN: %check_async_tidy %s async-all-or-nothing-wait %t

#include <cppcoro/io_service.hpp>
#include <cppcoro/task.hpp>
#include <cppcoro/when_all.hpp>
#include <cppcoro/when_all_ready.hpp>
#include <chrono>
#include <vector>

cppcoro::task<int> fetch(int x) { co_return x; }
void show(int);

// cppcoro waits for every task, then keeps one exception.
cppcoro::task<std::vector<int>> positiveWhenAll(std::vector<int> ids) {
  auto [a, b] = co_await cppcoro::when_all(fetch(1), fetch(2));
  // CHECK-MESSAGES: :[[@LINE-1]]:35: warning: 'cppcoro::when_all' is all-or-nothing: if one task fails, the results of the others are discarded and only one exception is kept [async-all-or-nothing-wait]
  // CHECK-MESSAGES: :[[@LINE+2]]:8: note: this result is used on its own here, so the others' would still be usable
  // CHECK-MESSAGES: :[[@LINE-3]]:35: note: to keep every task's result and error, wait with 'co_await cppcoro::when_all_ready(fetch(1), fetch(2))'; it gives one task per task awaited (a 'std::tuple', or a 'std::vector' for a vector), all finished: 'result()' on each gives its value or rethrows its error
  show(a);
  show(b);
  std::vector<cppcoro::task<int>> tasks;
  for (int id : ids)
    tasks.push_back(fetch(id));
  co_return co_await cppcoro::when_all(std::move(tasks));
  // CHECK-MESSAGES: :[[@LINE-1]]:31: warning: 'cppcoro::when_all' is all-or-nothing: {{.*}}
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: the results are used one by one here, so the others' would still be usable
  // CHECK-MESSAGES: :[[@LINE-3]]:31: note: to keep every task's result and error, wait with 'co_await cppcoro::when_all_ready(std::move(tasks))'; {{.*}}
}

// Divide and conquer: the results are combined into one.
cppcoro::task<int> negativeSumOfHalves(int lo, int hi) {
  auto [a, b] = co_await cppcoro::when_all(fetch(lo), fetch(hi));
  co_return a + b;
}

// A batch of void tasks, discarded: the first error propagates.
cppcoro::task<void> negativeDiscardedBatch(std::vector<cppcoro::task<>> tasks) {
  co_await cppcoro::when_all(std::move(tasks));
}

// Timers, in a lambda of the test.
cppcoro::task<void> negativeTimers(cppcoro::io_service &io) {
  auto startTimer = [&](std::chrono::milliseconds d) -> cppcoro::task<int> {
    co_await io.schedule_after(d);
    co_return 0;
  };
  auto [t1, t2] = co_await cppcoro::when_all(startTimer(std::chrono::milliseconds(1)),
                                             startTimer(std::chrono::milliseconds(2)));
  show(t1);
  show(t2);
}

// Through a variable, results checked only.
#define REQUIRE(x) ((x) ? (void)0 : throw 0)
#define CHECK(x) ((x) ? (void)0 : throw 0)
cppcoro::task<void> negativeTestOfCombinator() {
  std::vector<cppcoro::task<int>> tasks;
  tasks.emplace_back(fetch(1));
  tasks.emplace_back(fetch(2));
  auto whenAllTask = cppcoro::when_all(std::move(tasks));
  auto values = co_await whenAllTask;
  REQUIRE(values.size() == 2);
  CHECK(values[0] == 1);
}

cppcoro::task<void> negativeWhenAllReady() {
  auto [a, b] = co_await cppcoro::when_all_ready(fetch(1), fetch(2));
  show(a.result());
  show(b.result());
}
