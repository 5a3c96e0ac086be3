// Mock of seastar/coroutine/all.hh: `co_await seastar::coroutine::all(f...)`
// runs the callables concurrently; ALL-OR-NOTHING (keeps one exception, drops
// the rest). Yields a tuple of the non-void results (void if none).
#pragma once

#include <coroutine>
#include <exception>
#include <tuple>
#include <type_traits>

#include <seastar/core/future.hh>

namespace seastar::coroutine {

namespace internal {
template <typename Fut> struct value_of;
template <typename T> struct value_of<future<T>> { using type = T; };
template <typename T>
using non_void_tuple_t = std::conditional_t<std::is_void_v<T>, std::tuple<>, std::tuple<T>>;
template <typename Tuple> struct result_of_tuple { using type = Tuple; };
template <> struct result_of_tuple<std::tuple<>> { using type = void; };
} // namespace internal

template <typename... Futures>
  requires(sizeof...(Futures) > 0)
class [[nodiscard("must co_await an all() object")]] all {
  using tuple_t = decltype(std::tuple_cat(
      std::declval<internal::non_void_tuple_t<typename internal::value_of<Futures>::type>>()...));

public:
  template <typename... Func> explicit all(Func &&...funcs) noexcept { ((void)funcs, ...); }
  bool await_ready() const noexcept { return false; }
  template <typename U> void await_suspend(std::coroutine_handle<U> h) { (void)h; }
  typename internal::result_of_tuple<tuple_t>::type await_resume() { std::terminate(); }
};

template <typename... Func> explicit all(Func &&...funcs) -> all<futurize_t<std::invoke_result_t<Func>>...>;

} // namespace seastar::coroutine
