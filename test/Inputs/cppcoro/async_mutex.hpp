// Mock of cppcoro/async_mutex.hpp: `co_await m.scoped_lock_async()` yields an
// async_mutex_lock that unlocks on destruction.
#pragma once

#include <coroutine>
#include <exception>
#include <mutex>

namespace cppcoro {

class async_mutex;

class async_mutex_lock {
public:
  explicit async_mutex_lock(async_mutex &mutex, std::adopt_lock_t) noexcept : m_mutex(&mutex) {}
  async_mutex_lock(async_mutex_lock &&other) noexcept : m_mutex(other.m_mutex) { other.m_mutex = nullptr; }
  ~async_mutex_lock();

private:
  async_mutex *m_mutex;
};

class async_mutex_lock_operation {
public:
  bool await_ready() const noexcept { return false; }
  bool await_suspend(std::coroutine_handle<>) noexcept { return true; }
  void await_resume() const noexcept {}
};

class async_mutex_scoped_lock_operation {
public:
  bool await_ready() const noexcept { return false; }
  bool await_suspend(std::coroutine_handle<>) noexcept { return true; }
  [[nodiscard]] async_mutex_lock await_resume() const noexcept;
};

class async_mutex {
public:
  async_mutex() noexcept = default;
  bool try_lock() noexcept { return false; }
  async_mutex_lock_operation lock_async() noexcept { return {}; }
  async_mutex_scoped_lock_operation scoped_lock_async() noexcept { return {}; }
  void unlock() {}
};

inline async_mutex_lock::~async_mutex_lock() {
  if (m_mutex != nullptr)
    m_mutex->unlock();
}
inline async_mutex_lock async_mutex_scoped_lock_operation::await_resume() const noexcept {
  std::terminate();
}

} // namespace cppcoro
