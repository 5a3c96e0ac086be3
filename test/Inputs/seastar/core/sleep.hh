// Mock of seastar/core/sleep.hh: `co_await seastar::sleep(d)` is the
// non-blocking replacement for std::this_thread::sleep_for(d).
#pragma once

#include <chrono>

#include <seastar/core/future.hh>

namespace seastar {

using steady_clock_type = std::chrono::steady_clock;
class abort_source;

template <typename Clock = steady_clock_type, typename Rep, typename Period>
future<> sleep(std::chrono::duration<Rep, Period> dur) {
  (void)dur;
  return make_ready_future<>();
}

template <typename Clock = steady_clock_type>
future<> sleep_abortable(typename Clock::duration dur) {
  (void)dur;
  return make_ready_future<>();
}
template <typename Clock = steady_clock_type>
future<> sleep_abortable(typename Clock::duration dur, abort_source &as) {
  (void)dur;
  (void)as;
  return make_ready_future<>();
}

} // namespace seastar
