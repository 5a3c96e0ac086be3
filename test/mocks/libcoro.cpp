// RUN: %clang_syntax %s
// Smoke test for the libcoro (namespace coro) mock headers in test/Inputs/coro.
#include <coro/coro.hpp>

#include <chrono>
#include <memory>
#include <stop_token>
#include <variant>
#include <vector>

using namespace std::chrono_literals;

coro::task<int> fetch(int x) { co_return x; }
coro::task<> work() { co_return; }

coro::task<int> consumer(std::unique_ptr<coro::thread_pool> &tp, std::unique_ptr<coro::scheduler> &s) {
  co_await tp->schedule();
  int a = co_await fetch(1);
  coro::task<int> t = fetch(2);
  a += co_await t;
  co_await work();
  a += co_await tp->schedule(fetch(3));

  // Sleep / yield.
  co_await s->yield_for(10ms);
  co_await s->schedule_after(1s);
  co_await s->yield_until(coro::clock::now() + 1ms);
  co_await s->yield();
  co_await tp->yield();
  co_await s->schedule();

  // Combinators (already error-collecting).
  auto [r1, r2] = co_await coro::when_all(fetch(1), work());
  a += r1.return_value();
  r2.return_value();
  std::vector<coro::task<int>> tasks;
  tasks.push_back(fetch(4));
  for (auto &r : co_await coro::when_all(std::move(tasks)))
    a += r.return_value();
  std::variant<int, int> first = co_await coro::when_any(fetch(1), fetch(2));
  std::stop_source stop;
  std::variant<int, int> first2 = co_await coro::when_any(stop, fetch(1), fetch(2));
  int firstOfRange = co_await coro::when_any(std::vector<coro::task<int>>{});
  a += static_cast<int>(first.index() + first2.index()) + firstOfRange;

  // Spawning: unowned and owned.
  tp->spawn_detached(work());
  s->spawn_detached(work());
  tp->spawn(work());
  coro::task<void> joinable = s->spawn_joinable(work());
  co_await joinable;
  coro::task_group<coro::scheduler> group{s};
  (void)group.start(work());
  co_await group;

  // Limited fan-out with a semaphore.
  coro::semaphore<4> sem{4};
  for (int i = 0; i < 8; ++i) {
    co_await sem.acquire();
    co_await fetch(i);
    co_await sem.release();
  }

  // Queue and mutex.
  coro::queue<int> q;
  co_await q.push(1);
  auto popped = co_await q.pop();
  if (popped)
    a += *popped;
  coro::mutex m;
  {
    coro::scoped_lock lock = co_await m.scoped_lock();
  }
  co_await m.lock();
  m.unlock();
  co_return a;
}

// libcoro <= v0.15: io_scheduler + task_container.
coro::task<void> legacy(std::shared_ptr<coro::io_scheduler> io) {
  io->schedule(work());
  io->spawn(work());
  co_await io->yield_for(std::chrono::milliseconds{10});
  co_await io->schedule_after(std::chrono::milliseconds{10});
  coro::task_container<coro::io_scheduler> tc{io};
  tc.start(work());
  co_await tc.yield_until_empty();
}

int main() {
  auto tp = coro::thread_pool::make_unique();
  auto s = coro::scheduler::make_unique();
  int v = coro::sync_wait(consumer(tp, s));
  coro::sync_wait(work());
  coro::sync_wait(legacy(coro::io_scheduler::make_shared()));
  auto tp2 = std::make_unique<coro::thread_pool>(coro::thread_pool::options{.thread_count = 2});
  tp2->shutdown();
  return v;
}
