// Mock of seastar/core/loop.hh.
//   parallel_for_each(range, f)              ALL-OR-NOTHING fan-out (unbounded)
//   max_concurrent_for_each(range, max, f)   concurrency-limited fan-out
//   do_for_each / repeat / do_until / keep_doing   sequential loops
#pragma once

#include <cstddef>
#include <ranges>

#include <seastar/core/future.hh>
#include <seastar/util/bool_class.hh>

namespace seastar {

struct stop_iteration_tag {};
using stop_iteration = bool_class<stop_iteration_tag>;

template <typename Iterator, typename Sentinel, typename Func>
future<> parallel_for_each(Iterator begin, Sentinel end, Func &&func) noexcept {
  (void)begin, (void)end, (void)func;
  return make_ready_future<>();
}
template <std::ranges::range Range, typename Func> future<> parallel_for_each(Range &&range, Func &&func) noexcept {
  (void)range, (void)func;
  return make_ready_future<>();
}

template <typename Iterator, typename Sentinel, typename Func>
future<> max_concurrent_for_each(Iterator begin, Sentinel end, std::size_t max_concurrent, Func &&func) noexcept {
  (void)begin, (void)end, (void)max_concurrent, (void)func;
  return make_ready_future<>();
}
template <std::ranges::range Range, typename Func>
future<> max_concurrent_for_each(Range &&range, std::size_t max_concurrent, Func &&func) noexcept {
  (void)range, (void)max_concurrent, (void)func;
  return make_ready_future<>();
}

template <typename Iterator, typename AsyncAction>
future<> do_for_each(Iterator begin, Iterator end, AsyncAction action) noexcept {
  (void)begin, (void)end, (void)action;
  return make_ready_future<>();
}
template <std::ranges::range Container, typename AsyncAction>
future<> do_for_each(Container &c, AsyncAction action) noexcept {
  (void)c, (void)action;
  return make_ready_future<>();
}

template <typename AsyncAction> future<> repeat(AsyncAction &&action) noexcept {
  (void)action;
  return make_ready_future<>();
}
template <typename AsyncAction, typename StopCondition>
future<> do_until(StopCondition stop_cond, AsyncAction action) noexcept {
  (void)stop_cond, (void)action;
  return make_ready_future<>();
}
template <typename AsyncAction> future<> keep_doing(AsyncAction action) noexcept {
  (void)action;
  return make_ready_future<>();
}

} // namespace seastar
