// Mock of seastar/core/semaphore.hh: bounds concurrency / background work.
// `co_await seastar::get_units(sem, n)` -> semaphore_units (RAII);
// with_semaphore(sem, n, f).
#pragma once

#include <chrono>
#include <cstddef>
#include <optional>
#include <type_traits>

#include <seastar/core/future.hh>

namespace seastar {

struct semaphore_default_exception_factory {};

template <typename ExceptionFactory, typename Clock = std::chrono::steady_clock> class basic_semaphore {
public:
  using duration = typename Clock::duration;
  using time_point = typename Clock::time_point;

  explicit basic_semaphore(std::size_t count) noexcept { (void)count; }
  future<> wait(std::size_t nr = 1) noexcept { (void)nr; return make_ready_future<>(); }
  future<> wait(time_point timeout, std::size_t nr = 1) noexcept { (void)timeout, (void)nr; return make_ready_future<>(); }
  future<> wait(duration timeout, std::size_t nr = 1) noexcept { (void)timeout, (void)nr; return make_ready_future<>(); }
  bool try_wait(std::size_t nr = 1) noexcept { (void)nr; return true; }
  void signal(std::size_t nr = 1) noexcept { (void)nr; }
  std::size_t available_units() const noexcept { return 0; }
  std::size_t waiters() const noexcept { return 0; }
  void broken() noexcept {}
};

template <typename ExceptionFactory, typename Clock = std::chrono::steady_clock> class semaphore_units {
public:
  semaphore_units() noexcept = default;
  semaphore_units(semaphore_units &&) noexcept = default;
  semaphore_units &operator=(semaphore_units &&) noexcept = default;
  std::size_t release(std::size_t units) { return units; }
  std::size_t return_all() noexcept { return 0; }
  std::size_t count() const noexcept { return 0; }
  explicit operator bool() const noexcept { return true; }
};

template <typename ExceptionFactory, typename Clock>
future<semaphore_units<ExceptionFactory, Clock>> get_units(basic_semaphore<ExceptionFactory, Clock> &sem,
                                                           std::size_t units) noexcept {
  (void)sem, (void)units;
  return make_ready_future<semaphore_units<ExceptionFactory, Clock>>();
}
template <typename ExceptionFactory, typename Clock>
std::optional<semaphore_units<ExceptionFactory, Clock>> try_get_units(basic_semaphore<ExceptionFactory, Clock> &sem,
                                                                      std::size_t units) noexcept {
  (void)sem, (void)units;
  return std::nullopt;
}

template <typename ExceptionFactory, typename Func, typename Clock>
futurize_t<std::invoke_result_t<Func>> with_semaphore(basic_semaphore<ExceptionFactory, Clock> &sem, std::size_t units,
                                                      Func &&func) noexcept {
  (void)sem, (void)units, (void)func;
  return make_ready_future<typename futurize_t<std::invoke_result_t<Func>>::value_type>();
}

using semaphore = basic_semaphore<semaphore_default_exception_factory>;

} // namespace seastar
