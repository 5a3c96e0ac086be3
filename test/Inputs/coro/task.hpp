// Mock of coro/task.hpp (jbaldwin/libcoro v0.16). coro::task<T> is LAZY
// (initial_suspend = suspend_always) and `class [[nodiscard]]`; awaitable as
// lvalue or rvalue; the promise has no await_transform.
#pragma once

#include <coroutine>
#include <exception>
#include <type_traits>
#include <utility>

namespace coro {

template <typename return_type = void> class task;

namespace detail {
struct promise_base {
  std::suspend_always initial_suspend() noexcept { return {}; }
  std::suspend_always final_suspend() noexcept { return {}; }
  void unhandled_exception() noexcept {}
};
template <typename return_type> struct promise final : public promise_base {
  task<return_type> get_return_object() noexcept;
  template <typename value_type> void return_value(value_type &&value) { (void)value; }
};
template <> struct promise<void> final : public promise_base {
  task<void> get_return_object() noexcept;
  void return_void() noexcept {}
};
} // namespace detail

template <typename return_type> class [[nodiscard]] task {
public:
  using task_type = task<return_type>;
  using promise_type = detail::promise<return_type>;
  using coroutine_handle = std::coroutine_handle<promise_type>;

  struct awaitable_base {
    bool await_ready() const noexcept { return false; }
    std::coroutine_handle<> await_suspend(std::coroutine_handle<>) noexcept {
      return std::noop_coroutine();
    }
  };

  task() noexcept = default;
  explicit task(coroutine_handle handle) : m_coroutine(handle) {}
  task(const task &) = delete;
  task(task &&other) noexcept : m_coroutine(std::exchange(other.m_coroutine, nullptr)) {}
  ~task() {}
  auto operator=(const task &) -> task & = delete;
  auto operator=(task &&other) noexcept -> task & {
    m_coroutine = std::exchange(other.m_coroutine, nullptr);
    return *this;
  }

  auto is_ready() const noexcept -> bool { return false; }
  auto resume() -> bool { return false; }
  auto destroy() -> bool { return false; }
  auto handle() -> coroutine_handle { return m_coroutine; }

  auto operator co_await() const & noexcept {
    struct awaitable : public awaitable_base {
      std::add_lvalue_reference_t<return_type> await_resume() { std::terminate(); }
    };
    return awaitable{};
  }
  auto operator co_await() const && noexcept {
    struct awaitable : public awaitable_base {
      std::add_rvalue_reference_t<return_type> await_resume() { std::terminate(); }
    };
    return awaitable{};
  }

private:
  coroutine_handle m_coroutine{nullptr};
};

namespace detail {
template <typename return_type> task<return_type> promise<return_type>::get_return_object() noexcept {
  return task<return_type>{std::coroutine_handle<promise>::from_promise(*this)};
}
inline task<void> promise<void>::get_return_object() noexcept {
  return task<void>{std::coroutine_handle<promise>::from_promise(*this)};
}
} // namespace detail

} // namespace coro
