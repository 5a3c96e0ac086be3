// Mock of async_simple/coro/Collect.h (1.4): every collectAll* form gives a
// Try per task (errors are collected, not rethrown); the *Para forms run the
// tasks on the executor in parallel; collectAllWindowed* bound concurrency.
#ifndef ASYNC_SIMPLE_CORO_COLLECT_H
#define ASYNC_SIMPLE_CORO_COLLECT_H

#include "async_simple/coro/Lazy.h"
#include <cstddef>
#include <tuple>
#include <vector>

namespace async_simple::coro {

template <typename T, template <typename> typename LazyType>
Lazy<std::vector<Try<T>>> collectAll(std::vector<LazyType<T>> &&input) {
  co_return std::vector<Try<T>>(input.size());
}
template <typename T, template <typename> typename LazyType>
Lazy<std::vector<Try<T>>> collectAllPara(std::vector<LazyType<T>> &&input) {
  co_return std::vector<Try<T>>(input.size());
}
template <template <typename> typename LazyType, typename... Ts>
Lazy<std::tuple<Try<Ts>...>> collectAll(LazyType<Ts>... inputs) {
  co_return std::tuple<Try<Ts>...>{};
}
template <template <typename> typename LazyType, typename... Ts>
Lazy<std::tuple<Try<Ts>...>> collectAllPara(LazyType<Ts>... inputs) {
  co_return std::tuple<Try<Ts>...>{};
}
template <typename T, template <typename> typename LazyType>
Lazy<std::vector<Try<T>>> collectAllWindowed(std::size_t maxConcurrency,
                                             bool yield,
                                             std::vector<LazyType<T>> &&input) {
  co_return std::vector<Try<T>>(input.size());
}
template <typename T, template <typename> typename LazyType>
Lazy<std::vector<Try<T>>>
collectAllWindowedPara(std::size_t maxConcurrency, bool yield,
                       std::vector<LazyType<T>> &&input) {
  co_return std::vector<Try<T>>(input.size());
}

} // namespace async_simple::coro

#endif
