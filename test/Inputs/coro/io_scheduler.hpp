// Mock of coro/io_scheduler.hpp as in libcoro <= v0.15 (make_shared).
//   <= v0.13: schedule(coro::task<void>&&) -> bool moves ownership to the
//             scheduler (UNOWNED fire-and-forget); owner = coro::task_container
//   v0.14-0.15: spawn(coro::task<void>&&) -> bool (UNOWNED)
// yield_for/schedule_after took std::chrono::milliseconds up to v0.14.
#pragma once

#include <chrono>
#include <coroutine>
#include <cstddef>
#include <memory>

#include "coro/task.hpp"
#include "coro/time.hpp"

namespace coro {

class io_scheduler : public std::enable_shared_from_this<io_scheduler> {
public:
  class schedule_operation {
  public:
    auto await_ready() noexcept -> bool { return false; }
    auto await_suspend(std::coroutine_handle<>) noexcept -> void {}
    auto await_resume() noexcept -> void {}
  };
  struct options {};

  static auto make_shared(options opts = options{}) -> std::shared_ptr<io_scheduler> {
    (void)opts;
    return std::make_shared<io_scheduler>();
  }

  auto process_events(std::chrono::milliseconds timeout = std::chrono::milliseconds{0}) -> std::size_t {
    (void)timeout;
    return 0;
  }

  [[nodiscard]] auto schedule() -> schedule_operation { return {}; }
  auto schedule(coro::task<void> &&task) -> bool { (void)task; return true; }
  auto spawn(coro::task<void> &&task) -> bool { (void)task; return true; }

  [[nodiscard]] auto schedule_after(std::chrono::milliseconds amount) -> coro::task<void> {
    (void)amount;
    co_return;
  }
  [[nodiscard]] auto schedule_at(time_point time) -> coro::task<void>;
  [[nodiscard]] auto yield() -> schedule_operation { return {}; }
  [[nodiscard]] auto yield_for(std::chrono::milliseconds amount) -> coro::task<void> {
    (void)amount;
    co_return;
  }
  [[nodiscard]] auto yield_until(time_point time) -> coro::task<void>;

  auto shutdown() noexcept -> void {}
  auto size() const noexcept -> std::size_t { return 0; }
  auto empty() const noexcept -> bool { return true; }
};

} // namespace coro
