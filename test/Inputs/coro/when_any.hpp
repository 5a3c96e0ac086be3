// Mock of coro/when_any.hpp: first completion wins; with a std::stop_source
// the rest get request_stop().
#pragma once

#include <ranges>
#include <stop_token>
#include <type_traits>
#include <variant>

#include "coro/concepts/awaitable.hpp"
#include "coro/task.hpp"

namespace coro {
namespace detail {
template <typename a>
using when_any_result_t = std::remove_cvref_t<typename concepts::awaitable_traits<a>::awaiter_return_type>;
}

template <concepts::awaitable... awaitable_type>
[[nodiscard]] auto when_any(std::stop_source stop_source, awaitable_type... awaitables)
    -> coro::task<std::variant<detail::when_any_result_t<awaitable_type>...>>;

template <concepts::awaitable... awaitable_type>
[[nodiscard]] auto when_any(awaitable_type... awaitables)
    -> coro::task<std::variant<detail::when_any_result_t<awaitable_type>...>>;

template <std::ranges::range range_type,
          concepts::awaitable awaitable_type = std::ranges::range_value_t<range_type>>
[[nodiscard]] auto when_any(std::stop_source stop_source, range_type awaitables)
    -> coro::task<detail::when_any_result_t<awaitable_type>>;

template <std::ranges::range range_type,
          concepts::awaitable awaitable_type = std::ranges::range_value_t<range_type>>
[[nodiscard]] auto when_any(range_type awaitables) -> coro::task<detail::when_any_result_t<awaitable_type>>;

} // namespace coro
