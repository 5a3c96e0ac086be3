// RUN: %clang_syntax %s
// Smoke test for the stdexec / exec (P2300) mock headers in test/Inputs.
#include <exec/async_scope.hpp>
#include <exec/ensure_started.hpp>
#include <exec/materialize.hpp>
#include <exec/reschedule.hpp>
#include <exec/split.hpp>
#include <exec/start_detached.hpp>
#include <exec/task.hpp>
#include <exec/timed_scheduler.hpp>
#include <exec/timed_thread_scheduler.hpp>
#include <exec/when_any.hpp>
#include <stdexec/execution.hpp>

#include <chrono>
#include <exception>
#include <optional>
#include <tuple>
#include <variant>

using namespace std::chrono_literals;

static_assert(stdexec::sender<decltype(stdexec::just(1))>);
static_assert(stdexec::sender<exec::task<int>>);

exec::task<int> fetch(int x) { co_return x; }
exec::task<> work() { co_return; }

exec::task<int> consumer(exec::timed_thread_scheduler sched) {
  int a = co_await fetch(1);
  co_await work();
  a += co_await stdexec::just(2);
  a += co_await (stdexec::just(3) | stdexec::then([](int v) { return v * 2; }));
  a += co_await stdexec::then(stdexec::just(4), [](int v) { return v + 1; });
  co_await stdexec::schedule(sched);
  co_await exec::schedule_after(sched, 10ms);
  co_await exec::reschedule();

  // All-or-nothing and per-child error handling.
  auto [x, y] = co_await stdexec::when_all(stdexec::just(1), stdexec::just(2));
  auto both = co_await stdexec::when_all_with_variant(stdexec::just(1), stdexec::just(2.0));
  auto safe = [](auto s) {
    return stdexec::let_error(std::move(s), [](std::exception_ptr) { return stdexec::just(0); });
  };
  auto [s1, s2] = co_await stdexec::when_all(safe(stdexec::just(1)),
                                              stdexec::upon_error(stdexec::just(2), [](std::exception_ptr) { return 0; }));
  std::optional<int> maybe = co_await stdexec::stopped_as_optional(stdexec::just(5));
  std::optional<int> maybe2 = co_await (stdexec::just(6) | stdexec::stopped_as_optional());
  auto lv = co_await stdexec::let_value(stdexec::just(7), [](int v) { return stdexec::just(v); });
  auto m = co_await exec::materialize(stdexec::just(8));
  int any = co_await exec::when_any(stdexec::just(1), stdexec::just(2));
  a += x + y + s1 + s2 + *maybe + *maybe2 + lv + std::get<1>(m) + any + static_cast<int>(std::get<0>(both).index());

  // Owners.
  stdexec::counting_scope scope;
  stdexec::spawn(stdexec::just() | stdexec::then([] {}), scope.get_token());
  auto fut = stdexec::spawn_future(stdexec::just(9), scope.get_token());
  a += co_await std::move(fut);
  scope.request_stop();
  co_await scope.join();
  exec::async_scope old;
  old.spawn(stdexec::just());
  a += co_await old.spawn_future(stdexec::just(10));
  a += co_await old.nest(stdexec::just(11));
  co_await old.on_empty();
  co_return a;
}

void unowned() {
  exec::start_detached(stdexec::just(1));
  auto started = exec::ensure_started(stdexec::just(2));
  auto shared = exec::split(stdexec::just(3));
  (void)started;
  (void)shared;
#pragma clang diagnostic push
#pragma clang diagnostic ignored "-Wdeprecated-declarations"
  stdexec::start_detached(stdexec::just(4));
#pragma clang diagnostic pop
}

int main() {
  stdexec::run_loop loop;
  stdexec::simple_counting_scope scope;
  stdexec::spawn(stdexec::starts_on(loop.get_scheduler(), stdexec::just()), scope.get_token());
  auto [v] = stdexec::sync_wait(consumer(exec::timed_thread_context{}.get_scheduler())).value();
  stdexec::sync_wait(work());
  std::optional<std::tuple<int, double>> r = stdexec::sync_wait(stdexec::when_all(stdexec::just(1), stdexec::just(2.0)));
  auto rv = stdexec::sync_wait_with_variant(stdexec::just(1) | stdexec::continues_on(loop.get_scheduler()));
  auto iv = stdexec::sync_wait(stdexec::into_variant(stdexec::just(1)));
  stdexec::sync_wait(scope.join());
  loop.finish();
  loop.run();
  unowned();
  return v + static_cast<int>(r.has_value() + rv.has_value() + iv.has_value());
}
