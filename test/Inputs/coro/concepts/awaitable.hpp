// Mock of coro/concepts/awaitable.hpp (jbaldwin/libcoro v0.16).
#pragma once

#include <concepts>
#include <coroutine>
#include <type_traits>
#include <utility>

namespace coro::concepts {

template <typename type>
concept awaiter = requires(type t, std::coroutine_handle<> c) {
  { t.await_ready() } -> std::same_as<bool>;
  t.await_suspend(c);
  t.await_resume();
};

template <typename type>
concept member_co_await_awaitable = requires(type &&t) {
  { static_cast<type &&>(t).operator co_await() } -> awaiter;
};
template <typename type>
concept global_co_await_awaitable = requires(type &&t) {
  { operator co_await(static_cast<type &&>(t)) } -> awaiter;
};

template <typename type>
concept awaitable = member_co_await_awaitable<type> || global_co_await_awaitable<type> || awaiter<type>;

template <awaitable awaitable> static auto get_awaiter(awaitable &&value) {
  if constexpr (member_co_await_awaitable<awaitable>)
    return std::forward<awaitable>(value).operator co_await();
  else if constexpr (global_co_await_awaitable<awaitable>)
    return operator co_await(std::forward<awaitable>(value));
  else
    return std::forward<awaitable>(value);
}

template <awaitable awaitable, typename = void> struct awaitable_traits {};
template <awaitable awaitable> struct awaitable_traits<awaitable> {
  using awaiter_type = decltype(get_awaiter(std::declval<awaitable>()));
  using awaiter_return_type = decltype(std::declval<awaiter_type>().await_resume());
};

} // namespace coro::concepts
