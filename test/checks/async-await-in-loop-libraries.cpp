// RUN: %check_async_tidy %s async-await-in-loop %t

// The gathered form each library with a range combinator offers, and eager
// operations that already run.

#include <chrono>
#include <vector>
#include <coro/coro.hpp>
#include <cppcoro/task.hpp>
#include <seastar/core/future.hh>
#include <seastar/core/queue.hh>
#include <seastar/core/sleep.hh>
#include <seastar/coroutine/as_future.hh>
#include <unifex/task.hpp>
#include <concurrencpp/concurrencpp.h>

using namespace std::chrono_literals;

cppcoro::task<int> cppcoroFetch(int id);
coro::task<int> libcoroFetch(int id);
unifex::task<int> unifexFetch(int id);
seastar::future<int> seastarFetch(int id);
concurrencpp::result<int> ccppFetch(int id);
concurrencpp::lazy_result<int> ccppLazyFetch(int id);

cppcoro::task<int> positiveCppcoro(std::vector<int> ids) {
  int sum = 0;
  for (int id : ids)
    sum += co_await cppcoroFetch(id);
  // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: 'co_await' in a loop starts each operation only after the previous one completed, although no iteration depends on another's result [async-await-in-loop]
  // CHECK-MESSAGES: :[[@LINE-3]]:3: note: operations are awaited one at a time in this loop; to run them concurrently, collect each 'cppcoroFetch(id)' into a chunk of at most <max-in-flight> tasks and await each full chunk before filling the next: 'co_await cppcoro::when_all_ready(std::move(chunk))', a 'std::vector' of tasks whose 'result()' gives that operation's value or rethrows its error
  co_return sum;
}

coro::task<int> positiveLibcoro(std::vector<int> ids) {
  int sum = 0;
  for (int id : ids)
    sum += co_await libcoroFetch(id);
  // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: 'co_await' in a loop
  // CHECK-MESSAGES: :[[@LINE-3]]:3: note: operations are awaited one at a time in this loop; to run them concurrently, collect each 'libcoroFetch(id)' into a chunk of at most <max-in-flight> tasks and await each full chunk before filling the next: 'co_await coro::when_all(std::move(chunk))', a 'std::vector' whose 'return_value()' gives that operation's value or rethrows its error
  co_return sum;
}

unifex::task<int> positiveUnifex(std::vector<int> ids) {
  int sum = 0;
  for (int id : ids)
    sum += co_await unifexFetch(id);
  // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: 'co_await' in a loop
  // CHECK-MESSAGES: :[[@LINE-3]]:3: note: operations are awaited one at a time in this loop; to run them concurrently, {{.*}}
  co_return sum;
}

// A Seastar future is eager, but this one is created in the iteration that
// awaits it: nothing else runs meanwhile.
seastar::future<int> positiveSeastar(std::vector<int> ids) {
  int sum = 0;
  for (int id : ids)
    sum += co_await seastarFetch(id);
  // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: 'co_await' in a loop
  // CHECK-MESSAGES: :[[@LINE-3]]:3: note: operations are awaited one at a time in this loop; to run them concurrently, {{.*}}
  co_return sum;
}

// No range combinator for concurrencpp in the defaults: the note has no form.
concurrencpp::result<int> positiveConcurrencppNoForm(std::vector<int> ids) {
  int sum = 0;
  for (int id : ids)
    sum += co_await ccppLazyFetch(id);
  // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: 'co_await' in a loop
  // CHECK-MESSAGES: :[[@LINE-3]]:3: note: operations are awaited one at a time in this loop{{$}}
  co_return sum;
}

// --- Negative: eager operations started before the loop already run
// concurrently.

seastar::future<int> negativeSeastarStarted(std::vector<seastar::future<int>> futures) {
  int sum = 0;
  for (auto &f : futures)
    sum += co_await std::move(f);
  co_return sum;
}

seastar::future<int> negativeSeastarAsFuture(std::vector<seastar::future<int>> futures) {
  int failed = 0;
  for (auto &f : futures) {
    seastar::future<int> r = co_await seastar::coroutine::as_future(std::move(f));
    failed += r.failed();
  }
  co_return failed;
}

concurrencpp::result<void> negativeConcurrencppStarted(std::vector<concurrencpp::result<int>> results) {
  for (auto &r : results)
    co_await r.resolve();
}

// --- Negative: sequential by nature.

seastar::future<> negativeSeastarQueue(seastar::queue<int> &q, std::vector<int> &out) {
  for (int i = 0; i < 10; ++i)
    out.push_back(co_await q.pop_eventually());
}

seastar::future<> negativeSeastarPoll() {
  for (int i = 0; i < 10; ++i)
    co_await seastar::sleep(10ms);
}

// Eager results created in an earlier loop, reached through a subscript.
concurrencpp::result<double> negativeConcurrencppIndexed(std::vector<int> ids) {
  std::vector<concurrencpp::result<int>> results;
  for (int id : ids)
    results.emplace_back(ccppFetch(id));
  double sum = 0;
  for (std::size_t i = 0; i < results.size(); ++i)
    sum += co_await results[i];
  co_return sum;
}
