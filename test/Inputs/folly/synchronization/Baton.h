// Mock of folly/synchronization/Baton.h: a thread-blocking baton.
// wait() blocks the calling thread (use folly::coro::Baton in coroutines).
#pragma once

#include <atomic>
#include <chrono>

namespace folly {

template <bool MayBlock = true, template <typename> class Atom = std::atomic>
class Baton {
public:
  constexpr Baton() noexcept = default;
  void post() noexcept {}
  bool ready() const noexcept { return false; }
  void reset() noexcept {}
  // Blocking.
  void wait() noexcept {}
  bool try_wait() const noexcept { return false; }
  template <typename Rep, typename Period>
  bool try_wait_for(const std::chrono::duration<Rep, Period> &timeout) noexcept {
    (void)timeout;
    return false;
  }
  template <typename Clock, typename Duration>
  bool try_wait_until(const std::chrono::time_point<Clock, Duration> &deadline) noexcept {
    (void)deadline;
    return false;
  }
};

} // namespace folly
