// Mock of seastar/coroutine/as_future.hh: `co_await
// seastar::coroutine::as_future(std::move(f))` yields the (possibly failed)
// future instead of throwing -- the error-collecting building block.
#pragma once

#include <coroutine>
#include <exception>

#include <seastar/core/future.hh>

namespace seastar::coroutine {

template <typename T = void> class [[nodiscard]] as_future {
public:
  explicit as_future(future<T> &&f) noexcept : _f(std::move(f)) {}
  bool await_ready() const noexcept { return false; }
  template <typename U> void await_suspend(std::coroutine_handle<U> h) noexcept { (void)h; }
  future<T> await_resume() { return std::move(_f); }

private:
  future<T> _f;
};

template <typename T = void> class [[nodiscard]] as_future_without_preemption_check : public as_future<T> {
public:
  explicit as_future_without_preemption_check(future<T> &&f) noexcept : as_future<T>(std::move(f)) {}
};

} // namespace seastar::coroutine
