// RUN: %check_async_tidy %s async-await-in-loop %t

// The independence rules, on folly::coro.

#include <chrono>
#include <map>
#include <optional>
#include <string>
#include <vector>
#include <folly/coro/AsyncGenerator.h>
#include <folly/coro/Sleep.h>
#include <folly/coro/Task.h>

using namespace std::chrono_literals;

struct Page {
  std::vector<int> items;
  std::string next;
};
// A connection owns its socket: a protocol-bound resource.
struct Socket {
  folly::coro::Task<std::size_t> async_read_some(char *data, std::size_t n);
};
struct Connection {
  folly::coro::Task<int> query(const std::string &sql);
  Socket socket;
};

folly::coro::Task<int> fetch(const std::string &url);
folly::coro::Task<void> send(int value);
folly::coro::Task<Page> fetchPage(const std::string &token);
folly::coro::Task<std::optional<int>> find(int key);
folly::coro::Task<int> step(int previous);
folly::coro::Task<int> modify(std::string &buffer);

folly::coro::Task<std::vector<int>>
positiveRangeFor(const std::vector<std::string> &urls) {
  std::vector<int> out;
  for (const auto &url : urls)
    out.push_back(co_await fetch(url));
  // CHECK-MESSAGES: :[[@LINE-1]]:19: warning: 'co_await' in a loop starts each operation only after the previous one completed, although no iteration depends on another's result [async-await-in-loop]
  // CHECK-MESSAGES: :[[@LINE-3]]:3: note: operations are awaited one at a time in this loop; to run them concurrently, collect each 'fetch(url)' into 'ops' in the loop, then await them with at most <max-in-flight> running at once: 'co_await folly::coro::collectAllTryWindowed(std::move(ops), <max-in-flight>)', a 'std::vector' of 'folly::Try' in input order whose 'value()' rethrows that operation's error
  co_return out;
}

folly::coro::Task<void> positiveStatement(std::vector<int> values) {
  for (int v : values) {
    co_await send(v);
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: 'co_await' in a loop
    // CHECK-MESSAGES: :[[@LINE-3]]:3: note: operations are awaited one at a time in this loop; to run them concurrently, collect each 'send(v)' into 'ops' in the loop, then await them with at most <max-in-flight> running at once: 'co_await folly::coro::collectAllTryWindowed(std::move(ops), <max-in-flight>)', a 'std::vector' of 'folly::Try' in input order whose 'value()' rethrows that operation's error
  }
}

folly::coro::Task<int>
positiveIndexLoopWithAccumulator(const std::vector<std::string> &urls) {
  int sum = 0;
  for (size_t i = 0; i < urls.size(); ++i)
    sum += co_await fetch(urls[i]);
  // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: 'co_await' in a loop
  // CHECK-MESSAGES: :[[@LINE-3]]:3: note: operations are awaited one at a time in this loop; to run them concurrently, collect each 'fetch(urls[i])' into 'ops' in the loop, then await them with at most <max-in-flight> running at once: 'co_await folly::coro::collectAllTryWindowed(std::move(ops), <max-in-flight>)', a 'std::vector' of 'folly::Try' in input order whose 'value()' rethrows that operation's error
  co_return sum;
}

// A counter the body only increments drives the loop; it carries no result.
folly::coro::Task<void> positiveWhileAndDo(const std::vector<int> &values) {
  size_t i = 0;
  while (i < values.size()) {
    co_await send(values[i] + 1);
    ++i;
  }
  // CHECK-MESSAGES: :[[@LINE-3]]:5: warning: 'co_await' in a loop
  // CHECK-MESSAGES: :[[@LINE-5]]:3: note: operations are awaited one at a time
  size_t j = 0;
  do {
    co_await send(values[j]);
    j++;
  } while (j < values.size());
  // CHECK-MESSAGES: :[[@LINE-3]]:5: warning: 'co_await' in a loop
  // CHECK-MESSAGES: :[[@LINE-5]]:3: note: operations are awaited one at a time
}

// --- Negative: no count: the loop runs until something outside stops it.

folly::coro::Task<void> negativeServiceLoops(const bool &running) {
  for (;;)
    co_await send(1);
  while (true)
    co_await send(2);
  while (running)
    co_await send(3);
}

// An ordered log: the range combinators return results in input order, so
// appending the results keeps the log's order; only the operations' own side
// effects interleave. Flagged.
folly::coro::Task<void> positiveOrderedLog(const std::vector<std::string> &urls,
                                           std::vector<int> &log) {
  for (const auto &url : urls)
    log.push_back(co_await fetch(url));
  // CHECK-MESSAGES: :[[@LINE-1]]:19: warning: 'co_await' in a loop
  // CHECK-MESSAGES: :[[@LINE-3]]:3: note: operations are awaited one at a time
}

// Nested loops: only the innermost loop is reported, once.
folly::coro::Task<void>
positiveNestedInnermost(const std::vector<std::vector<int>> &rows) {
  for (const auto &row : rows)
    for (int v : row)
      co_await send(v);
  // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: 'co_await' in a loop
  // CHECK-MESSAGES: :[[@LINE-3]]:5: note: operations are awaited one at a time
}

template <typename T>
folly::coro::Task<void> positiveTemplate(std::vector<T> values) {
  for (const T &v : values)
    co_await send(static_cast<int>(v));
  // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: 'co_await' in a loop
  // CHECK-MESSAGES: :[[@LINE-3]]:3: note: operations are awaited one at a time
}
template folly::coro::Task<void> positiveTemplate(std::vector<int>);
template folly::coro::Task<void> positiveTemplate(std::vector<long>);

folly::coro::Task<void> positiveLambda(std::vector<int> values) {
  auto body = [&]() -> folly::coro::Task<void> {
    for (int v : values)
      co_await send(v);
    // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: 'co_await' in a loop
    // CHECK-MESSAGES: :[[@LINE-3]]:5: note: operations are awaited one at a time
  };
  co_await body();
}

// --- Negative: the operation exists before the iteration.

folly::coro::Task<void> negativeAlreadyCreated(std::vector<folly::coro::Task<int>> tasks) {
  for (auto &t : tasks)
    co_await std::move(t);
}

// --- Negative: loop-carried dependence.

folly::coro::Task<void> negativePageToken() {
  std::string token;
  do {
    Page page = co_await fetchPage(token);
    token = page.next;
  } while (!token.empty());
}

folly::coro::Task<void> negativeCursorThroughLocal() {
  std::string cursor = "start";
  for (int i = 0; i < 10; ++i) {
    std::string current = cursor;
    Page page = co_await fetchPage(current);
    cursor = page.next;
  }
}

folly::coro::Task<int> negativePrevious() {
  int prev = 0;
  for (int i = 0; i < 10; ++i)
    prev = co_await step(prev);
  co_return prev;
}

folly::coro::Task<void> negativeSharedBuffer() {
  std::string buffer;
  for (int i = 0; i < 10; ++i)
    co_await modify(buffer);
}

class Crawler {
  std::string next_;
  folly::coro::Task<void> negativeMemberCursor() {
    for (int i = 0; i < 10; ++i) {
      Page page = co_await fetchPage(next_);
      next_ = page.next;
    }
  }
};

// --- Negative: the loop stops on the result (search until found).

folly::coro::Task<int> negativeSearchBreak(std::vector<int> keys) {
  int found = -1;
  for (int key : keys) {
    std::optional<int> r = co_await find(key);
    if (r) {
      found = *r;
      break;
    }
  }
  co_return found;
}

folly::coro::Task<int> negativeSearchReturn(std::vector<int> keys) {
  for (int key : keys)
    if (auto r = co_await find(key))
      co_return *r;
  co_return -1;
}

folly::coro::Task<void> negativeCountFound(const std::vector<int> &keys) {
  size_t found = 0, k = 0;
  while (found < 3 && k < keys.size()) {
    if (co_await find(keys[k]))
      ++found;
    ++k;
  }
}

folly::coro::Task<void> negativeConditionOnResult(std::vector<int> keys) {
  bool done = false;
  for (size_t i = 0; !done && i < keys.size(); ++i)
    done = (co_await find(keys[i])).has_value();
}

// --- Negative: sequential by nature (retry with a sleep, poll).

folly::coro::Task<int> negativeRetry(std::string url) {
  for (int attempt = 0; attempt < 3; ++attempt) {
    co_await folly::coro::sleep(100ms);
  }
  co_return co_await fetch(url);
}

folly::coro::Task<void> negativeRateLimited(std::vector<int> values) {
  for (int v : values) {
    co_await send(v);
    co_await folly::coro::sleep(10ms);
  }
}

// --- Negative: a generator's loop paces the values it yields.

folly::coro::AsyncGenerator<int> negativeGenerator(std::vector<std::string> urls) {
  for (const auto &url : urls) {
    int value = co_await fetch(url);
    co_yield value;
  }
}

// --- Negative: co_await in the loop condition.

folly::coro::Task<void> negativeAwaitInCondition(int key) {
  while (co_await find(key))
    co_await send(key);
}

// --- Negative: a try whose handler may depend on the order.

folly::coro::Task<void> negativeTry(std::vector<int> values,
                                    std::vector<int> &failed) {
  for (int v : values) {
    try {
      co_await send(v);
    } catch (...) {
      failed.push_back(v);
    }
  }
}

// --- Negative: an operation on an object the loop modifies.

folly::coro::Task<void> negativeSameConnection(Connection &conn,
                                               std::vector<std::string> sqls) {
  for (const auto &sql : sqls)
    co_await conn.query(sql);
}

// --- Negative: macros.

#define AWAIT_SEND(v) co_await send(v)
folly::coro::Task<void> negativeMacro(std::vector<int> values) {
  for (int v : values)
    AWAIT_SEND(v);
}

// --- Negative: not in a loop, or a loop in a lambda that is not a coroutine.

folly::coro::Task<void> negativeNoLoop() {
  co_await send(1);
  co_await send(2);
}
