// Mock of cppcoro/awaitable_traits.hpp (lewissbaker/cppcoro, 2022-09 HEAD,
// ported from <experimental/coroutine> to C++20 <coroutine>).
#pragma once

#include <type_traits>
#include <utility>

namespace cppcoro {
namespace detail {
template <typename T> decltype(auto) get_awaiter(T &&value) {
  if constexpr (requires { static_cast<T &&>(value).operator co_await(); })
    return static_cast<T &&>(value).operator co_await();
  else if constexpr (requires { operator co_await(static_cast<T &&>(value)); })
    return operator co_await(static_cast<T &&>(value));
  else
    return static_cast<T &&>(value);
}
// Result type of `co_await x` that maps void to an empty struct.
struct void_value {};
template <typename T> using non_void_t = std::conditional_t<std::is_void_v<T>, void_value, std::remove_cvref_t<T>>;
} // namespace detail

namespace detail {
template <typename T>
concept is_awaitable =
    requires(T &&t) { static_cast<T &&>(t).operator co_await(); } ||
    requires(T &&t) { operator co_await(static_cast<T &&>(t)); } ||
    requires(T &&t) { t.await_ready(); t.await_resume(); };
} // namespace detail

template <typename T, typename = void> struct awaitable_traits {};
template <typename T>
  requires detail::is_awaitable<T>
struct awaitable_traits<T> {
  using awaiter_t = decltype(detail::get_awaiter(std::declval<T>()));
  using await_result_t = decltype(std::declval<awaiter_t &>().await_resume());
};

} // namespace cppcoro
