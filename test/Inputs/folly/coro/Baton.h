// Mock of folly/coro/Baton.h: the awaitable replacement for folly::Baton.
#pragma once

#include <coroutine>

namespace folly::coro {

class Baton {
public:
  explicit Baton(bool initiallySignalled = false) noexcept { (void)initiallySignalled; }
  bool ready() const noexcept { return false; }
  void post() noexcept {}
  void reset() noexcept {}

  class WaitOperation {
  public:
    bool await_ready() const noexcept { return false; }
    bool await_suspend(std::coroutine_handle<>) noexcept { return true; }
    void await_resume() noexcept {}
  };
  [[nodiscard]] WaitOperation operator co_await() const noexcept { return {}; }
};

} // namespace folly::coro
