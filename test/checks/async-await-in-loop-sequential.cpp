// RUN: %check_async_tidy %s async-await-in-loop %t

// Loops that are sequential by nature although their names are not listed:
// yields, executor hops, wrapped sleeps, generators, state shared through
// by-reference captures, operations that complete when they start, and
// repetitions of one operation.

#include <chrono>
#include <cstdint>
#include <fstream>
#include <memory>
#include <span>
#include <string>
#include <thread>
#include <vector>
#include <concurrencpp/concurrencpp.h>
#include <coro/coro.hpp>
#include <cppcoro/task.hpp>

using namespace std::chrono_literals;

coro::task<int> work(int id);

// --- Negative: a yield or an executor hop reschedules; nothing to gather.

coro::task<int> negativeYield(std::shared_ptr<coro::thread_pool> tp,
                              const std::vector<int> &ids) {
  int calculation = 0;
  for (std::size_t i = 0; i < ids.size(); ++i) {
    calculation += ids[i];
    if (i % 100 == 0)
      co_await tp->yield();
  }
  co_return calculation;
}

concurrencpp::result<void>
negativeResumeOn(std::span<std::shared_ptr<concurrencpp::executor>> executors,
                 std::vector<std::size_t> &seen) {
  for (auto &executor : executors) {
    co_await concurrencpp::resume_on(executor);
    seen.push_back(seen.size());
  }
}

// --- Negative: sleeps wrapped in the project's own functions.

coro::task<void> pause(std::chrono::milliseconds duration);

coro::task<void> negativeWrappedSleep(std::chrono::seconds delay) {
  auto sleepFor = [](std::chrono::seconds duration) -> coro::task<int64_t> {
    std::this_thread::sleep_for(duration);
    co_return duration.count();
  };
  for (int i = 0; i < 5; ++i)
    co_await sleepFor(delay);
}

coro::task<void>
negativePacedByDurations(const std::vector<std::chrono::milliseconds> &steps) {
  for (auto step : steps)
    co_await pause(step);
}

// --- Negative: the operations share state through by-reference captures.

cppcoro::task<void> negativeSharedThroughCaptures() {
  int value = 0;
  auto modifier = [&](int count) -> cppcoro::task<int> {
    value += count;
    co_return value;
  };
  for (int i = 0; i < 1000; ++i)
    co_await modifier(i);
}

cppcoro::task<void> negativeBodyResetsCaptured(const std::vector<int> &ids) {
  int value = 0;
  auto reader = [&](int id) -> cppcoro::task<int> { co_return value + id; };
  for (int id : ids) {
    value = 0;
    co_await reader(id);
  }
}

// --- Negative: operations that complete when they start (a benchmark of
// sequential awaiting): nothing runs while they are awaited.

cppcoro::task<int> negativeCompletesSynchronously(int loops) {
  auto one = [](int n) -> cppcoro::task<int> {
    auto x = n;
    co_return x;
  };
  int total = 0;
  for (int i = 1; i <= loops; ++i)
    total += co_await one(i);
  co_return total;
}

// --- Negative: one operation repeated; it reads nothing that changes.

cppcoro::task<int> tick();
cppcoro::task<int> negativeRepetition() {
  int sum = 0;
  for (int i = 0; i < 1'000'000; ++i)
    sum += co_await tick();
  co_return sum;
}

// --- Positive: an operation that does I/O, although it never suspends.

cppcoro::task<std::size_t> countLines(const std::string &file) {
  std::ifstream in(file);
  std::string line;
  std::size_t n = 0;
  while (std::getline(in, line))
    ++n;
  co_return n;
}

cppcoro::task<std::size_t> positiveBlockingWork(const std::vector<std::string> &files) {
  std::size_t total = 0;
  for (const auto &file : files)
    total += co_await countLines(file);
  // CHECK-MESSAGES: :[[@LINE-1]]:14: warning: 'co_await' in a loop starts each operation only after the previous one completed, although no iteration depends on another's result [async-await-in-loop]
  // CHECK-MESSAGES: :[[@LINE-3]]:3: note: operations are awaited one at a time in this loop
  co_return total;
}

// --- Positive: a yield in a loop that also works through data is not a
// reason to stay quiet about another loop.

coro::task<int> positiveWorkAfterYields(std::shared_ptr<coro::thread_pool> tp,
                                        std::vector<int> ids) {
  co_await tp->yield();
  int sum = 0;
  for (int id : ids)
    sum += co_await work(id);
  // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: 'co_await' in a loop
  // CHECK-MESSAGES: :[[@LINE-3]]:3: note: operations are awaited one at a time
  co_return sum;
}
