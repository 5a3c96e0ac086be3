// RUN: %clang_syntax %s
// Smoke test for the Seastar mock headers in test/Inputs/seastar.
#include <seastar/core/coroutine.hh>
#include <seastar/core/future.hh>
#include <seastar/core/gate.hh>
#include <seastar/core/loop.hh>
#include <seastar/core/queue.hh>
#include <seastar/core/semaphore.hh>
#include <seastar/core/shared_mutex.hh>
#include <seastar/core/sleep.hh>
#include <seastar/core/thread.hh>
#include <seastar/core/when_all.hh>
#include <seastar/coroutine/all.hh>
#include <seastar/coroutine/as_future.hh>
#include <seastar/coroutine/maybe_yield.hh>
#include <seastar/coroutine/parallel_for_each.hh>
#include <seastar/net/dns.hh>
#include <seastar/util/later.hh>

#include <chrono>
#include <tuple>
#include <vector>

using namespace std::chrono_literals;

seastar::future<int> fetch(int x) { co_return x; }
seastar::future<> work() { co_return; }

seastar::future<int> consumer() {
  int a = co_await fetch(1);
  seastar::future<int> f = fetch(2);
  a += co_await std::move(f);
  co_await work();
  a += co_await seastar::make_ready_future<int>(3);
  co_await seastar::sleep(10ms);
  co_await seastar::sleep_abortable(10ms);
  co_await seastar::coroutine::maybe_yield();
  co_await seastar::yield();
  co_await seastar::maybe_yield();
  a += co_await fetch(4).then([](int v) { return v + 1; });

  // Combinators.
  std::tuple<seastar::future<int>, seastar::future<>> both = co_await seastar::when_all(fetch(1), work());
  a += std::get<0>(both).get();
  std::vector<seastar::future<int>> futs;
  futs.push_back(fetch(5));
  std::vector<seastar::future<int>> collected = co_await seastar::when_all(futs.begin(), futs.end());
  auto [s1, s2] = co_await seastar::when_all_succeed(fetch(1), fetch(2));
  std::vector<int> succeeded = co_await seastar::when_all_succeed(std::move(collected));
  co_await seastar::when_all_succeed(std::vector<seastar::future<>>{});
  std::vector<int> items{1, 2, 3};
  co_await seastar::parallel_for_each(items, [](int) { return work(); });
  co_await seastar::parallel_for_each(items.begin(), items.end(), [](int) { return work(); });
  co_await seastar::max_concurrent_for_each(items, 2, [](int) { return work(); });
  co_await seastar::do_for_each(items, [](int) { return work(); });
  co_await seastar::repeat([] { return seastar::make_ready_future<seastar::stop_iteration>(seastar::stop_iteration::yes); });
  auto [c1, c2] = co_await seastar::coroutine::all([] { return fetch(1); }, [] { return fetch(2); });
  co_await seastar::coroutine::all([] { return work(); });
  co_await seastar::coroutine::parallel_for_each(items, [](int) -> seastar::future<> { co_return; });
  seastar::future<int> maybeFailed = co_await seastar::coroutine::as_future(fetch(6));
  if (!maybeFailed.failed())
    a += maybeFailed.get();
  a += s1 + s2 + c1 + c2 + static_cast<int>(succeeded.size());

  // Owners and limits.
  seastar::gate g;
  (void)seastar::with_gate(g, [] { return work(); });
  {
    auto holder = g.hold();
    (void)work().finally([h = std::move(holder)] {});
  }
  co_await g.close();
  seastar::semaphore sem(4);
  auto units = co_await seastar::get_units(sem, 1);
  a += static_cast<int>(units.count());
  co_await seastar::with_semaphore(sem, 1, [] { return work(); });
  co_await sem.wait();
  sem.signal();

  // Unowned background work (the idioms the checks flag).
  (void)fetch(7);
  std::ignore = work();

  // Sequential I/O and DNS.
  seastar::queue<int> q(16);
  a += co_await q.pop_eventually();
  seastar::net::hostent h = co_await seastar::net::dns::get_host_by_name("example.com");
  seastar::net::inet_address addr = co_await seastar::net::dns::resolve_name("example.com");
  (void)addr;
  seastar::shared_mutex mtx;
  co_await mtx.lock();
  mtx.unlock();
  co_return a + static_cast<int>(h.names.size());
}

seastar::future<int> inThread() {
  return seastar::async([] {
    int v = fetch(1).get();
    work().wait();
    seastar::thread::yield();
    seastar::thread::maybe_yield();
    return v;
  });
}

int main() {
  (void)consumer();
  (void)inThread();
}
