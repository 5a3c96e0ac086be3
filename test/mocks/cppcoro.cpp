// RUN: %clang_syntax %s
// Smoke test for the cppcoro mock headers in test/Inputs/cppcoro.
#include <cppcoro/async_mutex.hpp>
#include <cppcoro/async_scope.hpp>
#include <cppcoro/io_service.hpp>
#include <cppcoro/shared_task.hpp>
#include <cppcoro/static_thread_pool.hpp>
#include <cppcoro/sync_wait.hpp>
#include <cppcoro/task.hpp>
#include <cppcoro/when_all.hpp>
#include <cppcoro/when_all_ready.hpp>

#include <chrono>
#include <tuple>
#include <vector>

using namespace std::chrono_literals;

cppcoro::task<int> fetch(int x) { co_return x; }
cppcoro::task<> work() { co_return; }
cppcoro::shared_task<int> shared() { co_return 42; }

cppcoro::task<int> consumer(cppcoro::static_thread_pool &pool, cppcoro::io_service &io) {
  co_await pool.schedule();
  int a = co_await fetch(1);
  cppcoro::task<int> t = fetch(2);
  a += co_await t;
  co_await work();
  co_await t.when_ready();
  cppcoro::shared_task<int> s = shared();
  a += co_await s;
  a += co_await cppcoro::make_shared_task(fetch(3));

  // Sleeping / yielding.
  co_await io.schedule_after(10ms);
  co_await io.schedule();

  // Combinators.
  auto [x, y] = co_await cppcoro::when_all(fetch(1), fetch(2));
  std::vector<cppcoro::task<int>> tasks;
  tasks.push_back(fetch(3));
  std::vector<int> values = co_await cppcoro::when_all(std::move(tasks));
  co_await cppcoro::when_all(std::vector<cppcoro::task<>>{});
  auto [r1, r2] = co_await cppcoro::when_all_ready(fetch(1), work());
  a += r1.result();
  r2.result();
  std::vector<cppcoro::detail::when_all_task<int>> ready =
      co_await cppcoro::when_all_ready(std::vector<cppcoro::task<int>>{});
  for (auto &r : ready)
    a += r.result();

  // Mutex.
  cppcoro::async_mutex m;
  {
    cppcoro::async_mutex_lock lock = co_await m.scoped_lock_async();
  }
  co_await m.lock_async();
  m.unlock();

  // Owner.
  cppcoro::async_scope scope;
  scope.spawn(work());
  co_await scope.join();
  co_return a + x + y + static_cast<int>(values.size());
}

int main() {
  cppcoro::static_thread_pool pool(4);
  cppcoro::io_service io;
  int v = cppcoro::sync_wait(consumer(pool, io));
  cppcoro::sync_wait(work());
  io.process_events();
  return v;
}
