// Mock of coro/semaphore.hpp (libcoro v0.16): coro::semaphore<max_value>.
// `co_await sem.acquire()`, `co_await sem.release()` (release() was void in
// v0.15 and earlier). The manual way to bound fan-out in libcoro.
#pragma once

#include <coroutine>
#include <cstddef>

#include "coro/task.hpp"

namespace coro {

enum class semaphore_acquire_result { acquired, shutdown };

template <std::ptrdiff_t max_value> class semaphore {
public:
  explicit semaphore(std::ptrdiff_t starting_value) { (void)starting_value; }
  semaphore(const semaphore &) = delete;

  class acquire_operation {
  public:
    auto await_ready() const noexcept -> bool { return false; }
    auto await_suspend(std::coroutine_handle<>) noexcept -> bool { return true; }
    auto await_resume() const -> semaphore_acquire_result { return semaphore_acquire_result::acquired; }
  };

  [[nodiscard]] auto acquire() -> acquire_operation { return {}; }
  [[nodiscard]] auto release() -> coro::task<void> { co_return; }
  auto try_acquire() -> bool { return true; }
  auto value() const noexcept -> std::ptrdiff_t { return 0; }
  constexpr auto max() const noexcept -> std::ptrdiff_t { return max_value; }
  auto shutdown() noexcept -> void {}
};

} // namespace coro
