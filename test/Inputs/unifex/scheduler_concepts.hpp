// Mock of unifex/scheduler_concepts.hpp: schedule(sched) / schedule() (ambient
// scheduler) and schedule_after(sched, d) / schedule_after(d) (ambient; needs
// a time scheduler such as timed_single_thread_context).
#pragma once

#include <chrono>

#include <unifex/sender_concepts.hpp>

namespace unifex {

struct _schedule_fn {
  template <typename Scheduler> auto operator()(Scheduler &&s) const { return static_cast<Scheduler &&>(s).schedule(); }
  _sndr<_schedule_fn> operator()() const noexcept { return {}; }
};
inline constexpr _schedule_fn schedule{};

struct _schedule_after_fn {
  template <typename Scheduler, typename Duration>
  auto operator()(Scheduler &&s, Duration d) const {
    return static_cast<Scheduler &&>(s).schedule_after(d);
  }
  template <typename Rep, typename Period>
  _sndr<_schedule_after_fn> operator()(std::chrono::duration<Rep, Period> d) const noexcept {
    (void)d;
    return {};
  }
};
inline constexpr _schedule_after_fn schedule_after{};

class timed_single_thread_context {
public:
  class scheduler {
  public:
    _sndr<_schedule_fn> schedule() const noexcept { return {}; }
    template <typename Rep, typename Period>
    _sndr<_schedule_after_fn> schedule_after(std::chrono::duration<Rep, Period> d) const noexcept {
      (void)d;
      return {};
    }
    bool operator==(const scheduler &) const noexcept = default;
  };
  scheduler get_scheduler() noexcept { return {}; }
};

} // namespace unifex
