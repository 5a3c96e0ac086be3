// Mock of coro/task_container.hpp (libcoro <= v0.13): the OWNER for
// fire-and-forget tasks; `co_await tc.yield_until_empty()` joins.
#pragma once

#include <cstddef>
#include <memory>

#include "coro/task.hpp"

namespace coro {

template <typename executor_type> class task_container {
public:
  enum class garbage_collect_t { yes, no };
  struct options {
    std::size_t reserve_size{8};
    double growth_factor{2};
  };

  explicit task_container(std::shared_ptr<executor_type> e, const options opts = options{}) {
    (void)e;
    (void)opts;
  }

  auto start(coro::task<void> &&user_task, garbage_collect_t cleanup = garbage_collect_t::yes) -> void {
    (void)user_task;
    (void)cleanup;
  }
  auto garbage_collect() noexcept -> std::size_t { return 0; }
  auto size() const noexcept -> std::size_t { return 0; }
  auto empty() const noexcept -> bool { return true; }
  auto capacity() const noexcept -> std::size_t { return 0; }
  [[nodiscard]] auto yield_until_empty() -> coro::task<void> { co_return; }
};

} // namespace coro
