// Mock of <exec/timed_thread_scheduler.hpp>: a timed scheduler for
// exec::schedule_after.
#pragma once

#include <chrono>

#include <exec/timed_scheduler.hpp>
#include <stdexec/execution.hpp>

namespace exec {

class timed_thread_scheduler {
public:
  using scheduler_concept = stdexec::scheduler_t;
  using time_point = std::chrono::steady_clock::time_point;
  stdexec::__sndr<stdexec::schedule_t> schedule() const noexcept { return {}; }
  time_point now() const noexcept { return std::chrono::steady_clock::now(); }
  template <class Rep, class Period>
  stdexec::__sndr<schedule_after_t> schedule_after(std::chrono::duration<Rep, Period> d) const noexcept {
    (void)d;
    return {};
  }
  stdexec::__sndr<schedule_at_t> schedule_at(time_point tp) const noexcept {
    (void)tp;
    return {};
  }
  bool operator==(const timed_thread_scheduler &) const noexcept = default;
};

class timed_thread_context {
public:
  timed_thread_scheduler get_scheduler() noexcept { return {}; }
};

} // namespace exec
