// Mock of cppcoro/async_scope.hpp: the only OWNER in cppcoro (there is no
// detach API). spawn() starts the awaitable eagerly; `co_await scope.join()`
// is mandatory before destruction; an escaping exception calls std::terminate.
#pragma once

#include <coroutine>

namespace cppcoro {

class async_scope {
public:
  async_scope() noexcept = default;
  ~async_scope() {}

  template <typename AWAITABLE> void spawn(AWAITABLE &&awaitable) { (void)awaitable; }

  class join_operation {
  public:
    bool await_ready() noexcept { return false; }
    bool await_suspend(std::coroutine_handle<>) noexcept { return true; }
    void await_resume() noexcept {}
  };
  [[nodiscard]] join_operation join() noexcept { return {}; }
};

} // namespace cppcoro
