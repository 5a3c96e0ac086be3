// Mock of coro/when_all.hpp. ALREADY ERROR-COLLECTING: waits for every input
// and yields detail::when_all_task<T>s whose return_value() returns the value
// or rethrows that task's own exception. [[nodiscard]].
#pragma once

#include <coroutine>
#include <exception>
#include <ranges>
#include <tuple>
#include <type_traits>
#include <vector>

#include "coro/concepts/awaitable.hpp"

namespace coro {
namespace detail {

template <typename return_type> class when_all_task {
public:
  std::add_lvalue_reference_t<return_type> return_value() & { std::terminate(); }
  std::add_rvalue_reference_t<return_type> return_value() && { std::terminate(); }
};

template <typename result_type> class when_all_ready_awaitable {
public:
  bool await_ready() const noexcept { return false; }
  bool await_suspend(std::coroutine_handle<>) noexcept { return true; }
  result_type await_resume() { std::terminate(); }
};

template <typename a>
using when_all_task_for_t =
    when_all_task<std::remove_cvref_t<typename concepts::awaitable_traits<a>::awaiter_return_type>>;

} // namespace detail

template <concepts::awaitable... awaitables_type>
[[nodiscard]] auto when_all(awaitables_type... awaitables)
    -> detail::when_all_ready_awaitable<std::tuple<detail::when_all_task_for_t<awaitables_type>...>> {
  ((void)awaitables, ...);
  return {};
}

template <std::ranges::range range_type,
          concepts::awaitable awaitable_type = std::ranges::range_value_t<range_type>>
[[nodiscard]] auto when_all(range_type awaitables)
    -> detail::when_all_ready_awaitable<std::vector<detail::when_all_task_for_t<awaitable_type>>> {
  (void)awaitables;
  return {};
}

} // namespace coro
