// Mock of folly/coro/Mutex.h: coroutine mutex (replacement for std::mutex held
// across suspension points). co_scoped_lock() yields a std::unique_lock.
#pragma once

#include <coroutine>
#include <exception>
#include <mutex>

#include <folly/coro/Task.h>

namespace folly::coro {

class Mutex {
public:
  Mutex() noexcept = default;
  bool try_lock() noexcept { return false; }
  void unlock() noexcept {}

  [[nodiscard]] Task<std::unique_lock<Mutex>> co_scoped_lock();

  class LockOperation {
  public:
    bool await_ready() noexcept { return false; }
    bool await_suspend(std::coroutine_handle<>) noexcept { return true; }
    void await_resume() noexcept {}
  };
  [[nodiscard]] LockOperation co_lock() noexcept { return {}; }

  void lock(); // for std::unique_lock; not to be called from a coroutine
};

} // namespace folly::coro
