// Mock of coro/scheduler.hpp (libcoro v0.16, created with make_unique).
// Sleep: co_await s->yield_for(d) / s->schedule_after(d) (any duration,
// [[nodiscard]], return coro::task<void>). Unowned: spawn_detached(task).
// For <= v0.15 code this header also brings in coro::io_scheduler.
#pragma once

#include <chrono>
#include <coroutine>
#include <cstddef>
#include <functional>
#include <memory>

#include "coro/io_scheduler.hpp"
#include "coro/task.hpp"
#include "coro/thread_pool.hpp"
#include "coro/time.hpp"

namespace coro {

class scheduler {
public:
  class schedule_operation {
  public:
    auto await_ready() noexcept -> bool { return false; }
    auto await_suspend(std::coroutine_handle<>) noexcept -> void {}
    auto await_resume() noexcept -> void {}
  };

  enum class thread_strategy_t { spawn, manual };
  enum class execution_strategy_t { process_tasks_on_thread_pool, process_tasks_inline };
  struct options {
    thread_strategy_t thread_strategy{thread_strategy_t::spawn};
    std::function<void()> on_io_thread_start_functor{nullptr};
    std::function<void()> on_io_thread_stop_functor{nullptr};
    thread_pool::options pool{.thread_count = 1, .on_thread_start_functor = nullptr, .on_thread_stop_functor = nullptr};
    execution_strategy_t execution_strategy{execution_strategy_t::process_tasks_on_thread_pool};
  };

  static auto make_unique(options opts = options{
                              .thread_strategy = thread_strategy_t::spawn,
                              .on_io_thread_start_functor = nullptr,
                              .on_io_thread_stop_functor = nullptr,
                              .pool = {.thread_count = 1, .on_thread_start_functor = nullptr, .on_thread_stop_functor = nullptr},
                              .execution_strategy = execution_strategy_t::process_tasks_on_thread_pool})
      -> std::unique_ptr<scheduler> {
    (void)opts;
    return std::unique_ptr<scheduler>(new scheduler());
  }
  scheduler(const scheduler &) = delete;
  virtual ~scheduler() = default;

  // Event loop (blocking) for thread_strategy_t::manual.
  auto process_events(std::chrono::milliseconds timeout = std::chrono::milliseconds{0}) -> std::size_t {
    (void)timeout;
    return 0;
  }

  auto schedule() -> schedule_operation { return {}; }
  template <typename return_type>
  [[nodiscard]] auto schedule(coro::task<return_type> task) -> coro::task<return_type> {
    co_await schedule();
    co_return co_await task;
  }
  auto spawn_detached(coro::task<void> &&task) -> bool { (void)task; return true; }
  auto spawn_joinable(coro::task<void> &&task) -> coro::task<void> { co_await std::move(task); }

  template <class rep_type, class period_type>
  [[nodiscard]] auto schedule_after(std::chrono::duration<rep_type, period_type> amount) -> coro::task<void> {
    (void)amount;
    co_return;
  }
  [[nodiscard]] auto schedule_at(time_point time) -> coro::task<void>;
  [[nodiscard]] auto yield() -> schedule_operation { return {}; }
  template <class rep_type, class period_type>
  [[nodiscard]] auto yield_for(std::chrono::duration<rep_type, period_type> amount) -> coro::task<void> {
    (void)amount;
    co_return;
  }
  [[nodiscard]] auto yield_until(time_point time) -> coro::task<void>;

  auto shutdown() noexcept -> void {}
  auto size() const noexcept -> std::size_t { return 0; }
  auto empty() const noexcept -> bool { return true; }

private:
  scheduler() = default;
};

} // namespace coro
