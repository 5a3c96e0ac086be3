// Mock of async_simple/coro/Sleep.h (1.4): an awaitable sleep on the current
// executor (a blocking sleep only when there is none).
#ifndef ASYNC_SIMPLE_CORO_SLEEP_H
#define ASYNC_SIMPLE_CORO_SLEEP_H

#include "async_simple/coro/Lazy.h"
#include <chrono>

namespace async_simple::coro {

template <typename Rep, typename Period>
Lazy<void> sleep(std::chrono::duration<Rep, Period> dur) {
  (void)dur;
  co_return;
}

} // namespace async_simple::coro

#endif
