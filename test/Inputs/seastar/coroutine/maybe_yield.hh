// Mock of seastar/coroutine/maybe_yield.hh: `co_await
// seastar::coroutine::maybe_yield();` -- use "in long loops that do not
// contain other co_await calls".
#pragma once

#include <coroutine>

#include <seastar/core/preempt.hh>

namespace seastar::coroutine {

class [[nodiscard("must co_await an maybe_yield() object")]] maybe_yield {
public:
  bool await_ready() const noexcept { return !need_preempt(); }
  template <typename T> void await_suspend(std::coroutine_handle<T> h) noexcept { (void)h; }
  void await_resume() noexcept {}
};

} // namespace seastar::coroutine
