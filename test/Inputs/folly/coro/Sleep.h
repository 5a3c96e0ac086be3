// Mock of folly/coro/Sleep.h. The parameter is HighResDuration
// (= std::chrono::microseconds): s/ms convert implicitly, ns and floating
// durations need std::chrono::duration_cast<std::chrono::microseconds>.
#pragma once

#include <folly/coro/Task.h>
#include <folly/futures/detail/Types.h>

namespace folly::coro {

// Throws OperationCancelled on cancellation.
Task<void> sleep(HighResDuration d, Timekeeper *tk = nullptr);
// Returns early (no throw) on cancellation.
Task<void> sleepReturnEarlyOnCancel(HighResDuration d, Timekeeper *tk = nullptr);

} // namespace folly::coro
