// RUN: %clang_syntax %s
// Smoke test for the async_simple mock headers in test/Inputs/async_simple.
#include "async_simple/coro/Collect.h"
#include "async_simple/coro/Lazy.h"
#include "async_simple/coro/Sleep.h"
#include "async_simple/coro/SyncAwait.h"

#include <chrono>
#include <exception>
#include <tuple>
#include <vector>

using namespace std::chrono_literals;
using async_simple::Try;
using async_simple::coro::Lazy;

Lazy<int> value(int x) { co_return x; }
Lazy<void> nothing() { co_return; }

Lazy<int> body() {
  int a = co_await value(1);
  Try<int> b = co_await value(2).coAwaitTry();
  co_await nothing();
  co_await async_simple::coro::sleep(10ms);
  co_await async_simple::coro::Yield{};
  async_simple::Executor *ex = co_await async_simple::coro::CurrentExecutor{};
  (void)ex;
  std::vector<Lazy<int>> tasks;
  tasks.push_back(value(3));
  std::vector<Try<int>> all = co_await async_simple::coro::collectAll(std::move(tasks));
  std::vector<Lazy<int>> more;
  more.push_back(value(4));
  std::vector<Try<int>> para = co_await async_simple::coro::collectAllPara(std::move(more));
  std::vector<Lazy<int>> windowed;
  windowed.push_back(value(5));
  auto bounded = co_await async_simple::coro::collectAllWindowed(2, false, std::move(windowed));
  auto [x, y] = co_await async_simple::coro::collectAll(value(6), value(7));
  co_return a + b.value() + static_cast<int>(all.size() + para.size() + bounded.size()) +
      x.value() + y.value();
}

void plain(async_simple::Executor *ex) {
  body().via(ex).start([](Try<int> result) {
    if (result.hasError())
      std::rethrow_exception(result.getException());
  });
  body().directlyStart([](Try<int>) {}, ex);
  value(1).via(ex).detach();
  int v = async_simple::coro::syncAwait(value(8));
  int w = async_simple::coro::syncAwait(value(9), ex);
  (void)(v + w);
}
