// Mock of cppcoro/static_thread_pool.hpp: `co_await pool.schedule()` moves the
// coroutine onto the pool (also the yield point for long loops).
#pragma once

#include <coroutine>
#include <cstdint>

namespace cppcoro {

class static_thread_pool {
public:
  class schedule_operation {
  public:
    bool await_ready() noexcept { return false; }
    void await_suspend(std::coroutine_handle<>) noexcept {}
    void await_resume() noexcept {}
  };

  static_thread_pool() = default;
  explicit static_thread_pool(std::uint32_t threadCount) { (void)threadCount; }

  std::uint32_t thread_count() const noexcept { return 1; }
  [[nodiscard]] schedule_operation schedule() noexcept { return {}; }
};

} // namespace cppcoro
