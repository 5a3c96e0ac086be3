// Mock of coro/thread_pool.hpp (libcoro v0.16, plus the v0.14-v0.15 spawn()).
//   co_await tp->schedule() / tp->yield()      : move onto / yield the pool
//   tp->spawn_detached(task) -> bool (v0.16)   : UNOWNED fire-and-forget
//   tp->spawn(task) -> bool (v0.14-v0.15)      : UNOWNED fire-and-forget
//   tp->spawn_joinable(task) -> task<void>     : dropping it BLOCKS the thread
#pragma once

#include <coroutine>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <memory>

#include "coro/task.hpp"

namespace coro {

class thread_pool {
public:
  class operation {
  public:
    auto await_ready() noexcept -> bool { return false; }
    auto await_suspend(std::coroutine_handle<>) noexcept -> void {}
    auto await_resume() noexcept -> void {}
  };

  struct options {
    std::uint32_t thread_count = 1;
    std::function<void(std::size_t)> on_thread_start_functor = nullptr;
    std::function<void(std::size_t)> on_thread_stop_functor = nullptr;
  };

  explicit thread_pool(options opts = options{.thread_count = 1, .on_thread_start_functor = nullptr, .on_thread_stop_functor = nullptr}) { (void)opts; }
  static auto make_unique(options opts = options{.thread_count = 1, .on_thread_start_functor = nullptr, .on_thread_stop_functor = nullptr}) -> std::unique_ptr<thread_pool> {
    return std::make_unique<thread_pool>(opts);
  }
  static auto make_shared(options opts = options{.thread_count = 1, .on_thread_start_functor = nullptr, .on_thread_stop_functor = nullptr}) -> std::shared_ptr<thread_pool> {
    return std::make_shared<thread_pool>(opts);
  }
  thread_pool(const thread_pool &) = delete;
  virtual ~thread_pool() = default;

  auto thread_count() const noexcept -> std::size_t { return 1; }

  [[nodiscard]] auto schedule() -> operation { return {}; }
  template <typename return_type>
  [[nodiscard]] auto schedule(coro::task<return_type> task) -> coro::task<return_type> {
    co_await schedule();
    co_return co_await task;
  }
  [[nodiscard]] auto yield() -> operation { return schedule(); }

  auto spawn_detached(coro::task<void> &&task) noexcept -> bool { (void)task; return true; }
  auto spawn(coro::task<void> &&task) noexcept -> bool { (void)task; return true; }
  auto spawn_joinable(coro::task<void> &&task) -> coro::task<void> { co_await std::move(task); }

  auto resume(std::coroutine_handle<> handle) noexcept -> bool { (void)handle; return true; }
  auto shutdown() noexcept -> void {} // blocks until in-flight tasks finish
  auto size() const noexcept -> std::size_t { return 0; }
  auto empty() const noexcept -> bool { return true; }
};

} // namespace coro
