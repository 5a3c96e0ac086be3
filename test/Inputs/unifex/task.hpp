// Mock of unifex/task.hpp. unifex::task<T> is an alias of
// unifex::_task::_task<T>::type, a `struct [[nodiscard]]`, LAZY coroutine
// type (initial_suspend = suspend_always). Its promise's await_transform makes
// senders awaitable (co_await sender -> its single value).
#pragma once

#include <coroutine>
#include <exception>
#include <utility>

#include <unifex/sender_concepts.hpp>

namespace unifex {
namespace _task {

template <typename T> struct _task {
  struct [[nodiscard]] type;
};

template <typename S> struct _sender_awaiter {
  bool await_ready() const noexcept { return false; }
  void await_suspend(std::coroutine_handle<>) noexcept {}
  _single_value_t<S> await_resume() { std::terminate(); }
};

struct _promise_base {
  std::suspend_always initial_suspend() noexcept { return {}; }
  void unhandled_exception() noexcept {}
  template <typename Value> decltype(auto) await_transform(Value &&value) {
    if constexpr (requires { static_cast<Value &&>(value).operator co_await(); })
      return static_cast<Value &&>(value); // e.g. another unifex::task
    else if constexpr (sender<Value>)
      return _sender_awaiter<std::remove_cvref_t<Value>>{};
    else
      return static_cast<Value &&>(value);
  }
};

template <typename T> struct _return_value_or_void {
  struct type {
    template <typename Value = T> void return_value(Value &&value) { (void)value; }
  };
};
template <> struct _return_value_or_void<void> {
  struct type {
    void return_void() noexcept {}
  };
};

template <typename T> struct _promise {
  struct type : _promise_base, _return_value_or_void<T>::type {
    using result_type = T;
    typename _task<T>::type get_return_object() noexcept;
    std::suspend_always final_suspend() noexcept { return {}; }
  };
};

struct _task_base {};

template <typename T> struct _task<T>::type : _task_base {
  using promise_type = typename _promise<T>::type;
  friend promise_type;

  template <template <typename...> class Variant, template <typename...> class Tuple>
  using value_types = std::conditional_t<std::is_void_v<T>, Variant<Tuple<>>, Variant<Tuple<T>>>;
  template <template <typename...> class Variant> using error_types = Variant<std::exception_ptr>;
  static constexpr bool sends_done = true;
  using _values = std::conditional_t<std::is_void_v<T>, std::tuple<>, std::tuple<T>>; // mock-only

  type(type &&t) noexcept : coro_(std::exchange(t.coro_, {})) {}
  ~type() {}

  struct _awaiter {
    bool await_ready() noexcept { return false; }
    std::coroutine_handle<> await_suspend(std::coroutine_handle<>) noexcept { return std::noop_coroutine(); }
    T await_resume() { std::terminate(); }
  };
  _awaiter operator co_await() && noexcept { return {}; }

private:
  explicit type(std::coroutine_handle<promise_type> h) noexcept : coro_(h) {}
  std::coroutine_handle<promise_type> coro_;
};

template <typename T> typename _task<T>::type _promise<T>::type::get_return_object() noexcept {
  return typename _task<T>::type{std::coroutine_handle<type>::from_promise(*this)};
}

} // namespace _task

template <typename T> using task = typename _task::_task<T>::type;

} // namespace unifex
