// Mock of coro/task_group.hpp (libcoro v0.16): the OWNER for spawned tasks.
// start(task) is [[nodiscard]] (-> bool); `co_await group` waits until it is
// empty; the destructor BLOCKS the thread until all tasks finish.
#pragma once

#include <coroutine>
#include <cstddef>
#include <memory>

#include "coro/task.hpp"

namespace coro {

template <typename executor_type> class task_group {
public:
  explicit task_group(std::unique_ptr<executor_type> &executor) noexcept : m_executor(executor.get()) {}
  task_group(std::unique_ptr<executor_type> &executor, coro::task<void> &&task)
      : m_executor(executor.get()) {
    (void)start(std::move(task));
  }
  task_group(const task_group &) = delete;
  ~task_group() {} // blocks until empty

  [[nodiscard]] auto start(coro::task<void> &&task) -> bool { (void)task; return true; }
  auto size() const noexcept -> std::size_t { return 0; }
  auto empty() const noexcept -> bool { return true; }

  struct awaiter {
    auto await_ready() const noexcept -> bool { return false; }
    auto await_suspend(std::coroutine_handle<>) noexcept -> bool { return true; }
    auto await_resume() const noexcept -> void {}
  };
  auto operator co_await() const noexcept -> awaiter { return {}; }

private:
  executor_type *m_executor;
};

} // namespace coro
