// Mock of cppcoro/sync_wait.hpp: blocks the calling thread until the
// awaitable completes (not to be called inside a coroutine).
#pragma once

#include <exception>

#include <cppcoro/awaitable_traits.hpp>

namespace cppcoro {

template <typename AWAITABLE>
auto sync_wait(AWAITABLE &&awaitable) -> typename awaitable_traits<AWAITABLE &&>::await_result_t {
  (void)awaitable;
  std::terminate();
}

} // namespace cppcoro
