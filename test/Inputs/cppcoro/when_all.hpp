// Mock of cppcoro/when_all.hpp: ALL-OR-NOTHING. Waits for all inputs (no
// cancellation), then rethrows one exception and drops the others. The
// collecting counterpart is when_all_ready(). void results become
// detail::void_value in the variadic tuple; the vector form of void tasks
// yields void.
#pragma once

#include <tuple>
#include <type_traits>
#include <vector>

#include <cppcoro/awaitable_traits.hpp>
#include <cppcoro/when_all_ready.hpp>

namespace cppcoro {

template <typename... AWAITABLES>
[[nodiscard]] auto when_all(AWAITABLES &&...awaitables) -> detail::when_all_ready_awaitable<
    std::tuple<detail::non_void_t<typename awaitable_traits<AWAITABLES>::await_result_t>...>> {
  ((void)awaitables, ...);
  return {};
}

template <typename AWAITABLE,
          typename RESULT = typename awaitable_traits<AWAITABLE>::await_result_t>
[[nodiscard]] auto when_all(std::vector<AWAITABLE> awaitables)
    -> detail::when_all_ready_awaitable<
        std::conditional_t<std::is_void_v<RESULT>, void, std::vector<std::remove_cvref_t<RESULT>>>> {
  (void)awaitables;
  return {};
}

} // namespace cppcoro
