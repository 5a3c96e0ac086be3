// RUN: %check_async_tidy -fix-notes %s async-await-in-loop %t

// The canonical loops over a fixed number of elements get a note fix-it
// (applied with --fix-notes only: the operations' side effects no longer
// happen in order). A loop over the input gets the bounded form as text
// only: the unbounded gather would start one task per element at once
// (async-unbounded-fan-out), and the bound is the user's to choose.

// The fix includes what it names: the gather's header and <utility> (for
// std::move), here not yet included; <vector> is.
#include <array>
#include <string>
#include <vector>
#include <folly/coro/Task.h>
#include <cppcoro/task.hpp>
#include <coro/task.hpp>
// CHECK-FIXES: #include <array>
// CHECK-FIXES-NEXT: #include <cppcoro/when_all_ready.hpp>
// CHECK-FIXES-NEXT: #include <coro/when_all.hpp>
// CHECK-FIXES-NEXT: #include <string>
// CHECK-FIXES-NEXT: #include <utility>
// CHECK-FIXES-NEXT: #include <vector>
// CHECK-FIXES-NEXT: #include <folly/coro/Collect.h>
// CHECK-FIXES-NEXT: #include <folly/coro/Task.h>

folly::coro::Task<int> fetch(const std::string &url);
folly::coro::Task<void> send(int value);

folly::coro::Task<std::vector<int>> positiveFollyPushBack(std::array<std::string, 3> urls) {
  std::vector<int> out;
  for (const auto &url : urls)
    out.push_back(co_await fetch(url));
  // CHECK-MESSAGES: :[[@LINE-1]]:19: warning: 'co_await' in a loop starts each operation only after the previous one completed, although no iteration depends on another's result [async-await-in-loop]
  // CHECK-MESSAGES: :[[@LINE-3]]:3: note: operations are awaited one at a time in this loop; collect each 'fetch(url)' into 'ops' in the loop, then await them together: 'co_await folly::coro::collectAllTryRange(std::move(ops))'
  // CHECK-FIXES: {
  // CHECK-FIXES-NEXT: std::vector<folly::coro::Task<int>> ops;
  // CHECK-FIXES-NEXT: for (const auto &url : urls)
  // CHECK-FIXES-NEXT: ops.push_back(fetch(url));
  // CHECK-FIXES-NEXT: for (auto &&result : co_await folly::coro::collectAllTryRange(std::move(ops)))
  // CHECK-FIXES-NEXT: out.push_back(std::move(result).value());
  // CHECK-FIXES-NEXT: }
  co_return out;
}

folly::coro::Task<void> positiveFollyStatement() {
  for (int v : {1, 2, 3}) {
    co_await send(v);
  }
  // CHECK-MESSAGES: :[[@LINE-2]]:5: warning: 'co_await' in a loop
  // CHECK-MESSAGES: :[[@LINE-4]]:3: note: operations are awaited one at a time
  // CHECK-FIXES: {
  // CHECK-FIXES-NEXT: std::vector<folly::coro::Task<void>> ops;
  // CHECK-FIXES-NEXT: for (int v : {1, 2, 3})
  // CHECK-FIXES-NEXT: ops.push_back(send(v));
  // CHECK-FIXES-NEXT: for (auto &&result : co_await folly::coro::collectAllTryRange(std::move(ops)))
  // CHECK-FIXES-NEXT: static_cast<void>(std::move(result).value());
  // CHECK-FIXES-NEXT: }
}

cppcoro::task<int> cppcoroFetch(int id);
cppcoro::task<std::vector<int>> positiveCppcoro(std::array<int, 4> ids) {
  std::vector<int> out;
  for (int id : ids)
    out.emplace_back(co_await cppcoroFetch(id));
  // CHECK-MESSAGES: :[[@LINE-1]]:22: warning: 'co_await' in a loop
  // CHECK-MESSAGES: :[[@LINE-3]]:3: note: operations are awaited one at a time
  // CHECK-FIXES: {
  // CHECK-FIXES-NEXT: std::vector<cppcoro::task<int>> ops;
  // CHECK-FIXES-NEXT: for (int id : ids)
  // CHECK-FIXES-NEXT: ops.push_back(cppcoroFetch(id));
  // CHECK-FIXES-NEXT: for (auto &&result : co_await cppcoro::when_all_ready(std::move(ops)))
  // CHECK-FIXES-NEXT: out.emplace_back(std::move(result).result());
  // CHECK-FIXES-NEXT: }
  co_return out;
}

coro::task<int> libcoroFetch(int id);
coro::task<std::vector<int>> positiveLibcoro(const int (&ids)[4]) {
  std::vector<int> out;
  for (int id : ids)
    out.push_back(co_await libcoroFetch(id));
  // CHECK-MESSAGES: :[[@LINE-1]]:19: warning: 'co_await' in a loop
  // CHECK-MESSAGES: :[[@LINE-3]]:3: note: operations are awaited one at a time
  // CHECK-FIXES: {
  // CHECK-FIXES-NEXT: std::vector<coro::task<int>> ops;
  // CHECK-FIXES-NEXT: for (int id : ids)
  // CHECK-FIXES-NEXT: ops.push_back(libcoroFetch(id));
  // CHECK-FIXES-NEXT: for (auto &&result : co_await coro::when_all(std::move(ops)))
  // CHECK-FIXES-NEXT: out.push_back(std::move(result).return_value());
  // CHECK-FIXES-NEXT: }
  co_return out;
}

// Not canonical: the result goes through an expression; the note has no fix.
folly::coro::Task<int> negativeFixAccumulator(std::array<std::string, 2> urls) {
  int sum = 0;
  for (const auto &url : urls)
    sum += co_await fetch(url);
  // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: 'co_await' in a loop
  // CHECK-MESSAGES: :[[@LINE-3]]:3: note: operations are awaited one at a time
  // CHECK-FIXES: sum += co_await fetch(url);
  co_return sum;
}

// A loop over the input: the bounded form, as text; no fix.
folly::coro::Task<std::vector<int>> negativeFixInputSized(std::vector<std::string> urls) {
  std::vector<int> out;
  for (const auto &url : urls)
    out.push_back(co_await fetch(url));
  // CHECK-MESSAGES: :[[@LINE-1]]:19: warning: 'co_await' in a loop
  // CHECK-MESSAGES: :[[@LINE-3]]:3: note: operations are awaited one at a time in this loop; to run them concurrently, collect each 'fetch(url)' into 'ops' in the loop, then await them with at most <max-in-flight> running at once: 'co_await folly::coro::collectAllTryWindowed(std::move(ops), <max-in-flight>)', a 'std::vector' of 'folly::Try' in input order whose 'value()' rethrows that operation's error
  // CHECK-FIXES: out.push_back(co_await fetch(url));
  co_return out;
}
