// Mock of seastar/core/when_all.hh. NOTE the naming inversion:
//   when_all(...)          ERROR-COLLECTING: every input future comes back
//                          (tuple of futures / vector of futures)
//   when_all_succeed(...)  ALL-OR-NOTHING: waits for all, keeps one exception
// No cancellation in Seastar.
#pragma once

#include <iterator>
#include <tuple>
#include <type_traits>
#include <vector>

#include <seastar/core/future.hh>

namespace seastar {

namespace internal {
template <typename T> struct is_future : std::false_type {};
template <typename T> struct is_future<future<T>> : std::true_type {};
// No type for what is neither a future nor invocable, so that overloads fail
// softly: clang 19 substitutes into the return type before it checks the
// constraints, clang 22 after.
template <typename F> struct future_of {};
template <typename F>
  requires std::is_invocable_v<F>
struct future_of<F> {
  using type = futurize_t<std::invoke_result_t<F>>;
};
template <typename T> struct future_of<future<T>> { using type = future<T>; };
template <typename X> using future_of_t = typename future_of<std::remove_cvref_t<X>>::type;
template <typename X>
concept future_or_func = is_future<std::remove_cvref_t<X>>::value || std::is_invocable_v<X>;
template <typename Fut> struct value_of;
template <typename T> struct value_of<future<T>> { using type = T; };
template <typename T>
using non_void_tuple_t = std::conditional_t<std::is_void_v<T>, std::tuple<>, std::tuple<T>>;
template <typename... Xs>
using succeed_tuple_t =
    decltype(std::tuple_cat(std::declval<non_void_tuple_t<typename value_of<future_of_t<Xs>>::type>>()...));
template <typename T>
using succeed_vector_t = std::conditional_t<std::is_void_v<T>, future<>, future<std::vector<T>>>;
} // namespace internal

template <internal::future_or_func... FutOrFuncs>
future<std::tuple<internal::future_of_t<FutOrFuncs>...>> when_all(FutOrFuncs &&...fut_or_funcs) noexcept {
  ((void)fut_or_funcs, ...);
  return make_ready_future<std::tuple<internal::future_of_t<FutOrFuncs>...>>();
}

template <typename FutureIterator>
  requires(!internal::future_or_func<FutureIterator>)
future<std::vector<typename std::iterator_traits<FutureIterator>::value_type>> when_all(FutureIterator begin,
                                                                                       FutureIterator end) noexcept {
  (void)begin;
  (void)end;
  return make_ready_future<std::vector<typename std::iterator_traits<FutureIterator>::value_type>>();
}

template <internal::future_or_func... FutOrFuncs>
future<internal::succeed_tuple_t<FutOrFuncs...>> when_all_succeed(FutOrFuncs &&...fut_or_funcs) noexcept {
  ((void)fut_or_funcs, ...);
  return make_ready_future<internal::succeed_tuple_t<FutOrFuncs...>>();
}

template <typename FutureIterator,
          typename T = typename internal::value_of<typename std::iterator_traits<FutureIterator>::value_type>::type>
  requires(!internal::future_or_func<FutureIterator>)
internal::succeed_vector_t<T> when_all_succeed(FutureIterator begin, FutureIterator end) noexcept {
  (void)begin;
  (void)end;
  return internal_make_future<typename internal::value_of<internal::succeed_vector_t<T>>::type>::make();
}

template <typename T>
internal::succeed_vector_t<T> when_all_succeed(std::vector<future<T>> &&futures) noexcept {
  (void)futures;
  return internal_make_future<typename internal::value_of<internal::succeed_vector_t<T>>::type>::make();
}

} // namespace seastar
