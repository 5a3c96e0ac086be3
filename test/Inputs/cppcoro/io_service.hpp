// Mock of cppcoro/io_service.hpp. schedule_after(d) is the awaitable sleep
// (needs the io_service object -> hint only). process_events() and friends
// are event loops that block the calling thread.
#pragma once

#include <chrono>
#include <coroutine>
#include <cstdint>

#include <cppcoro/cancellation_token.hpp>

namespace cppcoro {

class io_service {
public:
  class schedule_operation {
  public:
    bool await_ready() const noexcept { return false; }
    void await_suspend(std::coroutine_handle<>) noexcept {}
    void await_resume() const noexcept {}
  };
  class timed_schedule_operation {
  public:
    bool await_ready() const noexcept { return false; }
    void await_suspend(std::coroutine_handle<>) {}
    void await_resume() {}
  };

  io_service() = default;
  explicit io_service(std::uint32_t concurrencyHint) { (void)concurrencyHint; }

  [[nodiscard]] schedule_operation schedule() noexcept { return {}; }

  template <typename REP, typename RATIO>
  [[nodiscard]] timed_schedule_operation
  schedule_after(const std::chrono::duration<REP, RATIO> &delay,
                 cancellation_token cancellationToken = {}) noexcept {
    (void)delay;
    (void)cancellationToken;
    return {};
  }

  // Event loops (blocking).
  std::uint64_t process_events() { return 0; }
  std::uint64_t process_pending_events() { return 0; }
  std::uint64_t process_one_event() { return 0; }
  std::uint64_t process_one_pending_event() { return 0; }
  void stop() noexcept {}
  bool is_stop_requested() const noexcept { return false; }
};

} // namespace cppcoro
