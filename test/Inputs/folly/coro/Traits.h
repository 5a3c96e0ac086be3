// Mock of folly/coro/Traits.h: semi_await_result_t<A>, the value a co_await
// of A yields inside a folly::coro::Task.
#pragma once

#include <type_traits>
#include <utility>

#include <folly/futures/Future.h>

namespace folly::coro {

template <typename T> class Task;
template <typename T> class TaskWithExecutor;

namespace detail {
template <typename A> decltype(auto) getAwaiter(A &&a) {
  if constexpr (requires { static_cast<A &&>(a).operator co_await(); })
    return static_cast<A &&>(a).operator co_await();
  else if constexpr (requires { operator co_await(static_cast<A &&>(a)); })
    return operator co_await(static_cast<A &&>(a));
  else
    return static_cast<A &&>(a);
}
} // namespace detail

template <typename A> struct semi_await_result {
  using type = decltype(detail::getAwaiter(std::declval<A>()).await_resume());
};
template <typename T> struct semi_await_result<Task<T>> { using type = T; };
template <typename T> struct semi_await_result<TaskWithExecutor<T>> { using type = T; };
template <typename T> struct semi_await_result<folly::SemiFuture<T>> { using type = T; };
template <typename T> struct semi_await_result<folly::Future<T>> { using type = T; };

template <typename A>
using semi_await_result_t = typename semi_await_result<std::remove_cvref_t<A>>::type;

} // namespace folly::coro
