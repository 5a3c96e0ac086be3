// Mock of seastar/core/coroutine.hh: future<T> becomes a coroutine type via a
// std::coroutine_traits specialization (NOT a nested future::promise_type);
// the promise is EAGER (initial_suspend = suspend_never). A future is
// awaited by value: `co_await std::move(f)` (or a prvalue).
#pragma once

#include <coroutine>
#include <exception>
#include <utility>

#include <seastar/core/future.hh>

namespace seastar {
namespace internal {

template <typename T> class coroutine_traits_base {
public:
  class promise_type final {
  public:
    future<T> get_return_object() noexcept { return internal_make_future<T>::make(); }
    std::suspend_never initial_suspend() noexcept { return {}; }
    std::suspend_never final_suspend() noexcept { return {}; }
    void unhandled_exception() noexcept {}
    template <typename U = T> void return_value(U &&value) noexcept { (void)value; }
  };
};
template <> class coroutine_traits_base<void> {
public:
  class promise_type final {
  public:
    future<> get_return_object() noexcept { return internal_make_future<void>::make(); }
    std::suspend_never initial_suspend() noexcept { return {}; }
    std::suspend_never final_suspend() noexcept { return {}; }
    void unhandled_exception() noexcept {}
    void return_void() noexcept {}
  };
};

template <bool CheckPreempt, typename T> class awaiter {
public:
  explicit awaiter(future<T> &&f) noexcept : _future(std::move(f)) {}
  bool await_ready() const noexcept { return false; }
  void await_suspend(std::coroutine_handle<>) noexcept {}
  T await_resume() { return _future.get(); }

private:
  future<T> _future;
};

} // namespace internal

template <typename T> auto operator co_await(future<T> f) noexcept {
  return internal::awaiter<true, T>(std::move(f));
}

} // namespace seastar

template <typename T, typename... Args>
struct std::coroutine_traits<seastar::future<T>, Args...> : public seastar::internal::coroutine_traits_base<T> {};
