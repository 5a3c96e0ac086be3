// Mock of folly/coro/BlockingWait.h: blocks the calling thread until the
// awaitable completes. blocking_wait is a CPO object; blockingWait is a
// reference to it (real: `static constexpr blocking_wait_fn const&
// blockingWait = blocking_wait;`).
#pragma once

#include <exception>

#include <folly/coro/Task.h>
#include <folly/coro/Traits.h>

namespace folly::coro {

struct blocking_wait_fn {
  template <typename Awaitable>
  auto operator()(Awaitable &&awaitable) const -> semi_await_result_t<Awaitable> {
    (void)awaitable;
    std::terminate();
  }
  template <typename SemiAwaitable, typename DrivableExecutor>
  auto operator()(SemiAwaitable &&awaitable, DrivableExecutor *executor) const
      -> semi_await_result_t<SemiAwaitable> {
    (void)awaitable;
    (void)executor;
    std::terminate();
  }
};
inline constexpr blocking_wait_fn blocking_wait{};
static constexpr blocking_wait_fn const &blockingWait = blocking_wait; // backcompat

} // namespace folly::coro
