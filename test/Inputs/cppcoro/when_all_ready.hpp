// Mock of cppcoro/when_all_ready.hpp: ERROR-COLLECTING. Waits for every input
// and yields a tuple/vector of detail::when_all_task<T>; call .result() on
// each to get the value or rethrow that input's exception.
#pragma once

#include <coroutine>
#include <exception>
#include <tuple>
#include <type_traits>
#include <vector>

#include <cppcoro/awaitable_traits.hpp>

namespace cppcoro {
namespace detail {

template <typename RESULT> class when_all_task {
public:
  std::add_lvalue_reference_t<RESULT> result() & { std::terminate(); }
  std::add_rvalue_reference_t<RESULT> result() && { std::terminate(); }
  void non_void_result() {}
};

template <typename RESULT> class when_all_ready_awaitable {
public:
  bool await_ready() const noexcept { return false; }
  bool await_suspend(std::coroutine_handle<>) noexcept { return true; }
  RESULT await_resume() { std::terminate(); }
};

template <typename A>
using when_all_task_for_t = when_all_task<std::remove_cvref_t<typename awaitable_traits<A>::await_result_t>>;

} // namespace detail

template <typename... AWAITABLES>
[[nodiscard]] auto when_all_ready(AWAITABLES &&...awaitables)
    -> detail::when_all_ready_awaitable<std::tuple<detail::when_all_task_for_t<AWAITABLES>...>> {
  ((void)awaitables, ...);
  return {};
}

template <typename AWAITABLE>
[[nodiscard]] auto when_all_ready(std::vector<AWAITABLE> awaitables)
    -> detail::when_all_ready_awaitable<std::vector<detail::when_all_task_for_t<AWAITABLE>>> {
  (void)awaitables;
  return {};
}

} // namespace cppcoro
