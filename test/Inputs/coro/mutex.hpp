// Mock of coro/mutex.hpp (libcoro v0.15+): `co_await m.scoped_lock()` yields a
// coro::scoped_lock guard; `co_await m.lock()` locks without a guard (manual
// unlock()). (In <= v0.13, lock() itself yielded the scoped_lock.)
#pragma once

#include <coroutine>

namespace coro {

class mutex;

class scoped_lock {
public:
  explicit scoped_lock(mutex &m) : m_mutex(&m) {}
  scoped_lock(scoped_lock &&other) noexcept : m_mutex(other.m_mutex) { other.m_mutex = nullptr; }
  ~scoped_lock() {}
  auto unlock() -> void {}

private:
  mutex *m_mutex;
};

class mutex {
public:
  mutex() noexcept = default;
  mutex(const mutex &) = delete;

  struct lock_operation {
    mutex *m;
    auto await_ready() const noexcept -> bool { return false; }
    auto await_suspend(std::coroutine_handle<>) noexcept -> bool { return true; }
    auto await_resume() noexcept -> void {}
  };
  struct scoped_lock_operation {
    mutex *m;
    auto await_ready() const noexcept -> bool { return false; }
    auto await_suspend(std::coroutine_handle<>) noexcept -> bool { return true; }
    auto await_resume() noexcept -> coro::scoped_lock { return coro::scoped_lock{*m}; }
  };

  [[nodiscard]] auto scoped_lock() -> scoped_lock_operation { return {this}; }
  [[nodiscard]] auto lock() -> lock_operation { return {this}; }
  auto try_lock() -> bool { return true; }
  auto unlock() -> void {}
};

} // namespace coro
