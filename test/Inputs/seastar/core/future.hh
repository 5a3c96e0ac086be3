// Mock of seastar/core/future.hh (scylladb/seastar, 2026-08).
// seastar::future<T> is EAGER and `class [[nodiscard]]`. A discarded future
// (`(void)f;`, `std::ignore = f;`) keeps running as an unowned background
// fiber. get()/wait() are only legal inside a seastar::thread; in a
// coroutine use `co_await std::move(f)`. The coroutine machinery (promise
// with initial_suspend = suspend_never, operator co_await) is in
// seastar/core/coroutine.hh, which this mock includes for convenience.
#pragma once

#include <exception>
#include <type_traits>
#include <utility>

namespace seastar {

template <typename T = void> class future;

template <typename T> struct futurize { using type = future<T>; };
template <typename T> struct futurize<future<T>> { using type = future<T>; };
template <typename T> using futurize_t = typename futurize<T>::type;

namespace internal {
template <typename Func, typename T> struct continuation_result { using type = std::invoke_result_t<Func, T>; };
template <typename Func> struct continuation_result<Func, void> { using type = std::invoke_result_t<Func>; };
} // namespace internal

template <typename T> struct internal_make_future;

template <typename T> class [[nodiscard]] future {
public:
  using value_type = T;

  future(future &&) noexcept = default;
  future &operator=(future &&) noexcept = default;
  future(const future &) = delete;

  bool available() const noexcept { return false; }
  bool failed() const noexcept { return false; }

  // Blocking: only valid inside a seastar::thread.
  T get() { std::terminate(); }
  void wait() noexcept {}

  template <typename Func>
  futurize_t<typename internal::continuation_result<Func, T>::type> then(Func &&func) noexcept {
    (void)func;
    std::terminate();
  }
  future<> discard_result() noexcept;
  template <typename Func> future<T> handle_exception(Func &&func) noexcept {
    (void)func;
    return std::move(*this);
  }
  template <typename Func> future<T> finally(Func &&func) noexcept {
    (void)func;
    return std::move(*this);
  }
  void ignore_ready_future() noexcept {}

private:
  future() noexcept = default;
  template <typename U> friend struct internal_make_future;
};

template <typename T> struct internal_make_future { // mock-only factory
  static future<T> make() noexcept { return future<T>{}; }
};

template <typename T> future<> future<T>::discard_result() noexcept { return internal_make_future<void>::make(); }

template <typename T = void, typename... A> future<T> make_ready_future(A &&...value) noexcept {
  ((void)value, ...);
  return internal_make_future<T>::make();
}
template <typename T = void> future<T> make_exception_future(std::exception_ptr ex) noexcept {
  (void)ex;
  return internal_make_future<T>::make();
}

template <typename T = void> class promise {
public:
  future<T> get_future() noexcept { return internal_make_future<T>::make(); }
  template <typename... A> void set_value(A &&...a) noexcept { ((void)a, ...); }
  void set_exception(std::exception_ptr ex) noexcept { (void)ex; }
};

} // namespace seastar

#include <seastar/core/coroutine.hh>
