// Mock of coro/sync_wait.hpp: blocks the calling thread.
#pragma once

#include <exception>
#include <type_traits>

#include "coro/concepts/awaitable.hpp"

namespace coro {

template <concepts::awaitable awaitable_type,
          typename return_type = typename concepts::awaitable_traits<awaitable_type>::awaiter_return_type>
auto sync_wait(awaitable_type &&a) -> std::remove_cvref_t<return_type> {
  (void)a;
  std::terminate();
}

} // namespace coro
