// Mock of cppcoro/task.hpp. cppcoro::task<T> is LAZY (initial_suspend =
// suspend_always) and `class [[nodiscard]]`. co_await works on lvalues and
// rvalues (operator co_await const& / const&&). The promise has no
// await_transform, so any awaitable can be co_awaited inside a task.
// (Deviation: this mock also includes shared_task.hpp for convenience.)
#pragma once

#include <coroutine>
#include <exception>
#include <type_traits>
#include <utility>

namespace cppcoro {

template <typename T = void> class task;

namespace detail {
class task_promise_base {
public:
  std::suspend_always initial_suspend() noexcept { return {}; }
  std::suspend_always final_suspend() noexcept { return {}; }
  void unhandled_exception() noexcept {}
};
template <typename T> class task_promise final : public task_promise_base {
public:
  task<T> get_return_object() noexcept;
  template <typename VALUE> void return_value(VALUE &&value) { (void)value; }
};
template <> class task_promise<void> final : public task_promise_base {
public:
  task<void> get_return_object() noexcept;
  void return_void() noexcept {}
};
} // namespace detail

template <typename T> class [[nodiscard]] task {
public:
  using promise_type = detail::task_promise<T>;
  using value_type = T;

private:
  struct awaitable_base {
    bool await_ready() const noexcept { return false; }
    std::coroutine_handle<> await_suspend(std::coroutine_handle<>) noexcept {
      return std::noop_coroutine();
    }
  };

public:
  task() noexcept = default;
  explicit task(std::coroutine_handle<promise_type> coroutine) : m_coroutine(coroutine) {}
  task(task &&t) noexcept : m_coroutine(std::exchange(t.m_coroutine, {})) {}
  task(const task &) = delete;
  task &operator=(const task &) = delete;
  task &operator=(task &&other) noexcept {
    m_coroutine = std::exchange(other.m_coroutine, {});
    return *this;
  }
  ~task() {}

  bool is_ready() const noexcept { return false; }

  auto operator co_await() const & noexcept {
    struct awaitable : awaitable_base {
      std::add_lvalue_reference_t<T> await_resume() { std::terminate(); }
    };
    return awaitable{};
  }
  auto operator co_await() const && noexcept {
    struct awaitable : awaitable_base {
      std::add_rvalue_reference_t<T> await_resume() { std::terminate(); }
    };
    return awaitable{};
  }
  // Waits for completion without retrieving the result.
  auto when_ready() const noexcept {
    struct awaitable : awaitable_base {
      void await_resume() const noexcept {}
    };
    return awaitable{};
  }

private:
  std::coroutine_handle<promise_type> m_coroutine;
};

namespace detail {
template <typename T> task<T> task_promise<T>::get_return_object() noexcept {
  return task<T>{std::coroutine_handle<task_promise>::from_promise(*this)};
}
inline task<void> task_promise<void>::get_return_object() noexcept {
  return task<void>{std::coroutine_handle<task_promise>::from_promise(*this)};
}
} // namespace detail

} // namespace cppcoro

#include <cppcoro/shared_task.hpp>
