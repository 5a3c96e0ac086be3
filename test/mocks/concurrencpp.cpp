// RUN: %clang_syntax %s
// Smoke test for the concurrencpp mock headers in test/Inputs/concurrencpp.
#include <concurrencpp/concurrencpp.h>

#include <chrono>
#include <memory>
#include <span>
#include <tuple>
#include <vector>

using namespace std::chrono_literals;

concurrencpp::result<int> eager(int x) { co_return x; }
concurrencpp::lazy_result<int> lazy(int x) { co_return x; }
concurrencpp::lazy_result<void> lazyVoid() { co_return; }
concurrencpp::null_result fireAndForget() { co_return; }
concurrencpp::result<int> onExecutor(concurrencpp::executor_tag, std::shared_ptr<concurrencpp::thread_pool_executor> ex,
                                     int x) {
  (void)ex;
  co_return x;
}

concurrencpp::result<int> consumer(concurrencpp::runtime &rt) {
  auto ex = rt.thread_pool_executor();
  int a = co_await lazy(1);
  co_await lazyVoid();
  a += co_await eager(2);
  concurrencpp::result<int> r = eager(3);
  concurrencpp::result<int> resolved = co_await r.resolve();
  a += resolved.get();
  a += co_await onExecutor({}, ex, 4);
  concurrencpp::result<int> started = lazy(5).run();
  a += co_await std::move(started);

  // Sleeping / yielding.
  co_await rt.timer_queue()->make_delay_object(10ms, ex);
  co_await concurrencpp::resume_on(ex);
  co_await concurrencpp::resume_on(*ex);

  // Combinators (already error-collecting).
  std::tuple<concurrencpp::result<int>, concurrencpp::result<int>> done =
      co_await concurrencpp::when_all(ex, eager(1), eager(2));
  a += co_await std::get<0>(done) + std::get<1>(done).get();
  std::vector<concurrencpp::result<int>> rs;
  rs.push_back(eager(6));
  std::vector<concurrencpp::result<int>> ready = co_await concurrencpp::when_all(ex, rs.begin(), rs.end());
  auto any = co_await concurrencpp::when_any(ex, eager(1), eager(2));
  auto anyRange = co_await concurrencpp::when_any(ex, ready.begin(), ready.end());
  a += static_cast<int>(any.index + anyRange.index);

  // Spawning.
  ex->post([] {});
  concurrencpp::result<int> submitted = ex->submit([] { return 7; });
  ex->submit([] { return 8; });
  std::vector<void (*)()> fns{+[] {}};
  ex->bulk_post(std::span(fns));
  std::vector<concurrencpp::result<void>> bulk = ex->bulk_submit(std::span(fns));
  fireAndForget();
  eager(9);
  a += co_await std::move(submitted);

  // Locks.
  concurrencpp::async_lock lock;
  concurrencpp::scoped_async_lock guard = co_await lock.lock(ex);
  concurrencpp::async_condition_variable cv;
  co_await cv.await(ex, guard, [] { return true; });
  cv.notify_all();
  co_return a + static_cast<int>(bulk.size());
}

int main() {
  concurrencpp::runtime rt;
  concurrencpp::result<int> r = consumer(rt);
  r.wait();
  (void)r.wait_for(1s);
  concurrencpp::shared_result<int> shared(eager(1));
  shared.wait();
  concurrencpp::result<int> ready = concurrencpp::make_ready_result<int>(1);
  rt.make_manual_executor()->loop_once();
  return r.get() + ready.get() + shared.get();
}
