// RUN: %clang_syntax %s
// Smoke test for the libunifex mock headers in test/Inputs/unifex.
#include <unifex/async_scope.hpp>
#include <unifex/done_as_optional.hpp>
#include <unifex/just.hpp>
#include <unifex/let_error.hpp>
#include <unifex/materialize.hpp>
#include <unifex/scheduler_concepts.hpp>
#include <unifex/spawn_detached.hpp>
#include <unifex/spawn_future.hpp>
#include <unifex/sync_wait.hpp>
#include <unifex/task.hpp>
#include <unifex/then.hpp>
#include <unifex/timed_single_thread_context.hpp>
#include <unifex/upon_error.hpp>
#include <unifex/when_all.hpp>
#include <unifex/when_all_range.hpp>

#include <chrono>
#include <exception>
#include <optional>
#include <vector>

using namespace std::chrono_literals;

unifex::task<int> fetch(int x) { co_return x; }
unifex::task<void> work() { co_return; }

unifex::task<int> consumer(unifex::timed_single_thread_context::scheduler sched) {
  int a = co_await fetch(1);
  co_await work();
  a += co_await unifex::just(2);
  a += co_await unifex::then(unifex::just(3), [](int v) { return v + 1; });
  co_await unifex::schedule(sched);
  co_await unifex::schedule();
  co_await unifex::schedule_after(sched, 10ms);
  co_await unifex::schedule_after(10ms);

  // All-or-nothing combinators and per-child error handling.
  auto [v1, v2] = co_await unifex::when_all(unifex::just(1), unifex::just(2));
  auto [e1, e2] = co_await unifex::when_all(
      unifex::let_error(unifex::just(1), [](std::exception_ptr) { return unifex::just(0); }),
      unifex::upon_error(unifex::just(2), [](std::exception_ptr) { return 0; }));
  std::vector<int> all = co_await unifex::when_all_range(std::vector{unifex::just(1), unifex::just(2)});
  std::optional<int> maybe = co_await unifex::done_as_optional(unifex::just(4));
  a += co_await unifex::materialize(unifex::just(5));
  a += static_cast<int>(v1.index() + v2.index() + e1.index() + e2.index() + all.size()) + *maybe;

  // Scopes.
  unifex::async_scope scope;
  scope.detached_spawn(unifex::just());
  scope.detached_spawn_on(sched, unifex::just());
  unifex::spawn_detached(unifex::just(), scope);
  auto fut = scope.spawn(unifex::just(6));
  a += co_await std::move(fut);
  a += co_await unifex::spawn_future(unifex::just(7), scope);
  a += co_await scope.attach(unifex::just(8));
  co_await scope.complete();
  co_await scope.cleanup();
  co_return a;
}

int main() {
  unifex::timed_single_thread_context ctx;
  std::optional<int> r = unifex::sync_wait(consumer(ctx.get_scheduler()));
  std::optional<unifex::unit> u = unifex::sync_wait(work());
  return r.value_or(0) + static_cast<int>(u.has_value());
}
