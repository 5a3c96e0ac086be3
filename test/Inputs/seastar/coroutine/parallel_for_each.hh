// Mock of seastar/coroutine/parallel_for_each.hh: ALL-OR-NOTHING unbounded
// fan-out awaited as `co_await seastar::coroutine::parallel_for_each(r, f)`.
#pragma once

#include <coroutine>
#include <ranges>

#include <seastar/core/future.hh>

namespace seastar::coroutine {

template <typename Func> class [[nodiscard("must co_await an parallel_for_each() object")]] parallel_for_each final {
public:
  template <typename Iterator, typename Sentinel>
  parallel_for_each(Iterator begin, Sentinel end, Func &&func) noexcept {
    (void)begin, (void)end, (void)func;
  }
  template <std::ranges::range Range> parallel_for_each(Range &&range, Func &&func) noexcept {
    (void)range, (void)func;
  }
  bool await_ready() const noexcept { return false; }
  template <typename T> void await_suspend(std::coroutine_handle<T> h) { (void)h; }
  void await_resume() {}
};

template <typename Iterator, typename Sentinel, typename Func>
parallel_for_each(Iterator, Sentinel, Func &&) -> parallel_for_each<Func>;
template <std::ranges::range Range, typename Func>
parallel_for_each(Range &&, Func &&) -> parallel_for_each<Func>;

} // namespace seastar::coroutine
