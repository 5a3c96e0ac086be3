// Mock of folly/futures/detail/Types.h: HighResDuration is microseconds, so
// seconds/milliseconds convert implicitly while nanoseconds and floating
// durations need a duration_cast.
#pragma once

#include <chrono>

namespace folly {
using HighResClock = std::chrono::steady_clock;
using HighResDuration = std::chrono::microseconds;
class Timekeeper;
} // namespace folly
