// Mock of concurrencpp/results/result.h (v0.1.7). result<T> is EAGER (the
// coroutine starts immediately, or is rescheduled onto an executor when its
// first two parameters are executor_tag + shared_ptr<executor>) and NOT
// [[nodiscard]]. get()/wait()/wait_for()/wait_until() BLOCK the thread; in a
// coroutine use `co_await std::move(r)` or `co_await r.resolve()`.
#pragma once

#include <chrono>
#include <coroutine>
#include <exception>

#include <concurrencpp/results/result_fwd_declarations.h>

namespace concurrencpp {

namespace details {
template <class type> struct result_awaitable {
  bool await_ready() const noexcept { return false; }
  bool await_suspend(std::coroutine_handle<>) noexcept { return true; }
  type await_resume() { std::terminate(); }
};
} // namespace details

template <class type> class result {
public:
  using value_type = type;

  result() noexcept = default;
  result(result &&rhs) noexcept = default;
  result &operator=(result &&rhs) noexcept = default;
  result(const result &) = delete;
  ~result() noexcept = default;

  explicit operator bool() const noexcept { return true; }
  result_status status() const { return result_status::idle; }

  // Blocking.
  void wait() {}
  template <class duration_type, class ratio_type>
  result_status wait_for(std::chrono::duration<duration_type, ratio_type> duration) {
    (void)duration;
    return result_status::idle;
  }
  template <class clock_type, class duration_type>
  result_status wait_until(std::chrono::time_point<clock_type, duration_type> timeout_time) {
    (void)timeout_time;
    return result_status::idle;
  }
  type get() { std::terminate(); }

  // Non-blocking.
  details::result_awaitable<type> operator co_await() { return {}; }
  details::result_awaitable<result<type>> resolve() { return {}; }
};

} // namespace concurrencpp
