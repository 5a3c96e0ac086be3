// Mock of seastar/core/thread.hh. Inside seastar::async(...) (a seastar
// thread) blocking future::get()/wait() is legal; thread::yield() and
// thread::maybe_yield() are thread-only.
#pragma once

#include <type_traits>
#include <utility>

#include <seastar/core/future.hh>

namespace seastar {

struct thread_attributes {};

class thread {
public:
  thread() = default;
  template <typename Func> explicit thread(Func func) { (void)func; }
  template <typename Func> thread(thread_attributes attr, Func func) { (void)attr, (void)func; }
  thread(thread &&) noexcept = default;
  thread &operator=(thread &&) noexcept = default;
  future<> join() { return make_ready_future<>(); }
  bool joinable() const noexcept { return false; }

  static void yield() {}
  static bool should_yield() { return false; }
  static void maybe_yield() {}
  static bool running_in_thread() { return false; }
};

template <typename Func, typename... Args>
futurize_t<std::invoke_result_t<Func, Args...>> async(thread_attributes attr, Func &&func, Args &&...args) noexcept {
  (void)attr, (void)func;
  ((void)args, ...);
  return make_ready_future<typename futurize_t<std::invoke_result_t<Func, Args...>>::value_type>();
}
template <typename Func, typename... Args>
futurize_t<std::invoke_result_t<Func, Args...>> async(Func &&func, Args &&...args) noexcept {
  return async(thread_attributes{}, static_cast<Func &&>(func), static_cast<Args &&>(args)...);
}

} // namespace seastar
