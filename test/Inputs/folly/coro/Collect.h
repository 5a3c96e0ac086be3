// Mock of folly/coro/Collect.h (all return Task<...>, lazy + [[nodiscard]]).
//   all-or-nothing (first failure cancels the rest):
//     collectAll, collectAllRange, collectAllWindowed, makeUnorderedAsyncGenerator
//   error-collecting (folly::Try per input):
//     collectAllTry, collectAllTryRange, collectAllTryWindowed,
//     makeUnorderedTryAsyncGenerator
//   any: collectAny (rest discarded), collectAnyNoDiscard, collectAnyWithoutException
//   concurrency-limited: collectAllWindowed / collectAllTryWindowed
#pragma once

#include <cstddef>
#include <iterator>
#include <ranges>
#include <tuple>
#include <type_traits>
#include <utility>
#include <vector>

#include <folly/Try.h>
#include <folly/coro/AsyncGenerator.h>
#include <folly/coro/AsyncScope.h>
#include <folly/coro/Task.h>
#include <folly/coro/Traits.h>

namespace folly::coro {

namespace detail {
template <typename A> using collect_all_component_t = lift_unit_t<semi_await_result_t<A>>;
template <typename A>
using collect_all_try_component_t = folly::Try<lift_unit_t<semi_await_result_t<A>>>;
template <typename Range>
using range_result_t = semi_await_result_t<std::ranges::range_value_t<Range>>;
template <typename Range>
using collect_all_range_t = std::conditional_t<std::is_void_v<range_result_t<Range>>, void,
                                               std::vector<lift_unit_t<range_result_t<Range>>>>;
template <typename Range>
using collect_all_try_range_t = std::vector<folly::Try<lift_unit_t<range_result_t<Range>>>>;
} // namespace detail

template <typename... SemiAwaitables>
auto collectAll(SemiAwaitables &&...awaitables)
    -> Task<std::tuple<detail::collect_all_component_t<SemiAwaitables>...>>;

template <typename... SemiAwaitables>
auto collectAllTry(SemiAwaitables &&...awaitables)
    -> Task<std::tuple<detail::collect_all_try_component_t<SemiAwaitables>...>>;

template <typename InputRange>
auto collectAllRange(InputRange awaitables) -> Task<detail::collect_all_range_t<InputRange>>;

template <typename InputRange>
auto collectAllTryRange(InputRange awaitables)
    -> Task<detail::collect_all_try_range_t<InputRange>>;

template <typename InputRange>
auto collectAllWindowed(InputRange awaitables, std::size_t maxConcurrency)
    -> Task<detail::collect_all_range_t<InputRange>>;

template <typename InputRange>
auto collectAllTryWindowed(InputRange awaitables, std::size_t maxConcurrency)
    -> Task<detail::collect_all_try_range_t<InputRange>>;

template <typename SemiAwaitable, typename... SemiAwaitables>
auto collectAny(SemiAwaitable &&awaitable, SemiAwaitables &&...awaitables)
    -> Task<std::pair<std::size_t,
                      folly::Try<std::common_type_t<detail::collect_all_component_t<SemiAwaitable>,
                                                    detail::collect_all_component_t<SemiAwaitables>...>>>>;

template <typename SemiAwaitable, typename... SemiAwaitables>
auto collectAnyWithoutException(SemiAwaitable &&awaitable, SemiAwaitables &&...awaitables)
    -> Task<std::pair<std::size_t,
                      folly::Try<std::common_type_t<detail::collect_all_component_t<SemiAwaitable>,
                                                    detail::collect_all_component_t<SemiAwaitables>...>>>>;

template <typename... SemiAwaitables>
auto collectAnyNoDiscard(SemiAwaitables &&...awaitables)
    -> Task<std::tuple<detail::collect_all_try_component_t<SemiAwaitables>...>>;

template <typename InputRange>
auto collectAnyRange(InputRange awaitables)
    -> Task<std::pair<std::size_t, folly::Try<lift_unit_t<detail::range_result_t<InputRange>>>>>;

template <typename InputRange>
auto makeUnorderedAsyncGenerator(AsyncScope &scope, InputRange awaitables)
    -> AsyncGenerator<lift_unit_t<detail::range_result_t<InputRange>> &&>;

template <typename InputRange>
auto makeUnorderedTryAsyncGenerator(AsyncScope &scope, InputRange awaitables)
    -> AsyncGenerator<folly::Try<lift_unit_t<detail::range_result_t<InputRange>>> &&>;

} // namespace folly::coro
