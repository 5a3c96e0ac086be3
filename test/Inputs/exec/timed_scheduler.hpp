// Mock of <exec/timed_scheduler.hpp>: CPOs exec::schedule_after(sched, d),
// exec::schedule_at(sched, tp), exec::now(sched). The awaitable sleep in the
// P2300 world (needs a timed scheduler -> hint only).
#pragma once

#include <stdexec/execution.hpp>

namespace exec {

struct now_t {
  template <class Sch> auto operator()(const Sch &sch) const noexcept { return sch.now(); }
};
inline constexpr now_t now{};

struct schedule_after_t {
  template <class Sch, class Duration> auto operator()(Sch &&sch, const Duration &d) const {
    return static_cast<Sch &&>(sch).schedule_after(d);
  }
};
inline constexpr schedule_after_t schedule_after{};

struct schedule_at_t {
  template <class Sch, class TimePoint> auto operator()(Sch &&sch, const TimePoint &tp) const {
    return static_cast<Sch &&>(sch).schedule_at(tp);
  }
};
inline constexpr schedule_at_t schedule_at{};

} // namespace exec
