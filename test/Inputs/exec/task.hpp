// Mock of <exec/task.hpp> (NVIDIA/stdexec). exec::task<T> is an alias of
// exec::basic_task<T, default_task_context<T>>, a `class [[nodiscard]]`,
// LAZY coroutine type (initial_suspend = suspend_always). Its promise's
// await_transform runs stdexec::as_awaitable, so senders can be co_awaited.
// basic_task is itself a sender (sync_wait(t()) works) and is awaited as an
// rvalue (operator co_await() &&).
#pragma once

#include <coroutine>
#include <exception>
#include <utility>

#include <stdexec/execution.hpp>

namespace exec {

template <class T> struct default_task_context {};

template <class T, class Context> class basic_task;

namespace __task {
template <class T, class Context> struct __promise_base {
  std::suspend_always initial_suspend() noexcept { return {}; }
  std::suspend_always final_suspend() noexcept { return {}; }
  void unhandled_exception() noexcept {}
  template <class Value> decltype(auto) await_transform(Value &&value) {
    return stdexec::as_awaitable(static_cast<Value &&>(value), *this);
  }
};
template <class T, class Context> struct __promise : __promise_base<T, Context> {
  basic_task<T, Context> get_return_object() noexcept;
  template <class U = T> void return_value(U &&value) { (void)value; }
};
template <class Context> struct __promise<void, Context> : __promise_base<void, Context> {
  basic_task<void, Context> get_return_object() noexcept;
  void return_void() noexcept {}
};
} // namespace __task

template <class T, class Context> class [[nodiscard]] basic_task {
public:
  using promise_type = __task::__promise<T, Context>;
  using __handle_t = std::coroutine_handle<promise_type>;

  using sender_concept = stdexec::sender_t;
  using completion_signatures =
      stdexec::completion_signatures<typename stdexec::__detail::__value_sig<T>::type,
                                     stdexec::set_error_t(std::exception_ptr), stdexec::set_stopped_t()>;

  basic_task(basic_task &&other) noexcept : __coro_(std::exchange(other.__coro_, {})) {}
  ~basic_task() {}

  struct __task_awaitable {
    bool await_ready() const noexcept { return false; }
    std::coroutine_handle<> await_suspend(std::coroutine_handle<>) noexcept { return std::noop_coroutine(); }
    T await_resume() { std::terminate(); }
  };
  __task_awaitable operator co_await() && noexcept { return {}; }

private:
  friend promise_type;
  explicit basic_task(__handle_t coro) noexcept : __coro_(coro) {}
  __handle_t __coro_;
};

namespace __task {
template <class T, class Context> basic_task<T, Context> __promise<T, Context>::get_return_object() noexcept {
  return basic_task<T, Context>{std::coroutine_handle<__promise>::from_promise(*this)};
}
template <class Context> basic_task<void, Context> __promise<void, Context>::get_return_object() noexcept {
  return basic_task<void, Context>{std::coroutine_handle<__promise>::from_promise(*this)};
}
} // namespace __task

template <class T = void> using task = basic_task<T, default_task_context<T>>;

} // namespace exec
