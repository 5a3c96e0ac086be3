// Mock of folly/coro/CurrentExecutor.h: co_current_executor and the yield
// point co_reschedule_on_current_executor (both tag objects awaited inside a
// Task: `co_await folly::coro::co_reschedule_on_current_executor;`).
#pragma once

#include <coroutine>

#include <folly/Executor.h>

namespace folly::coro {

struct co_current_executor_t {};
inline constexpr co_current_executor_t co_current_executor{};

class co_reschedule_on_current_executor_ {
public:
  class Awaiter {
  public:
    bool await_ready() noexcept { return false; }
    void await_suspend(std::coroutine_handle<>) noexcept {}
    void await_resume() noexcept {}
  };

  friend Awaiter co_viaIfAsync(Executor::KeepAlive<> executor,
                               co_reschedule_on_current_executor_) noexcept {
    (void)executor;
    return {};
  }
};
using co_reschedule_on_current_executor_t = co_reschedule_on_current_executor_;
inline constexpr co_reschedule_on_current_executor_t co_reschedule_on_current_executor{};

} // namespace folly::coro
