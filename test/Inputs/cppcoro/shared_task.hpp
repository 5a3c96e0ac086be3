// Mock of cppcoro/shared_task.hpp. shared_task<T>: LAZY, `class [[nodiscard]]`,
// copyable; started by the first co_await.
#pragma once

#include <coroutine>
#include <exception>
#include <type_traits>
#include <utility>

#include <cppcoro/awaitable_traits.hpp>

namespace cppcoro {

template <typename T = void> class shared_task;

namespace detail {
class shared_task_promise_base {
public:
  std::suspend_always initial_suspend() noexcept { return {}; }
  std::suspend_always final_suspend() noexcept { return {}; }
  void unhandled_exception() noexcept {}
};
template <typename T> class shared_task_promise : public shared_task_promise_base {
public:
  shared_task<T> get_return_object() noexcept;
  template <typename VALUE> void return_value(VALUE &&value) { (void)value; }
};
template <> class shared_task_promise<void> : public shared_task_promise_base {
public:
  shared_task<void> get_return_object() noexcept;
  void return_void() noexcept {}
};
} // namespace detail

template <typename T> class [[nodiscard]] shared_task {
public:
  using promise_type = detail::shared_task_promise<T>;
  using value_type = T;

  shared_task() noexcept = default;
  explicit shared_task(std::coroutine_handle<promise_type> coroutine) : m_coroutine(coroutine) {}
  shared_task(const shared_task &) noexcept = default;
  shared_task &operator=(const shared_task &) noexcept = default;

  bool is_ready() const noexcept { return false; }

  auto operator co_await() const noexcept {
    struct awaitable {
      bool await_ready() const noexcept { return false; }
      bool await_suspend(std::coroutine_handle<>) noexcept { return true; }
      std::add_lvalue_reference_t<T> await_resume() { std::terminate(); }
    };
    return awaitable{};
  }

private:
  std::coroutine_handle<promise_type> m_coroutine;
};

namespace detail {
template <typename T> shared_task<T> shared_task_promise<T>::get_return_object() noexcept {
  return shared_task<T>{std::coroutine_handle<shared_task_promise>::from_promise(*this)};
}
inline shared_task<void> shared_task_promise<void>::get_return_object() noexcept {
  return shared_task<void>{std::coroutine_handle<shared_task_promise>::from_promise(*this)};
}
} // namespace detail

template <typename AWAITABLE>
auto make_shared_task(AWAITABLE awaitable)
    -> shared_task<std::remove_cvref_t<typename awaitable_traits<AWAITABLE>::await_result_t>>;

} // namespace cppcoro
