// RUN: %check_async_tidy -fix-notes %s async-all-or-nothing-wait %t
// RUN: %check_async_tidy -check-suffix=HELPER %s async-all-or-nothing-wait %t -config='{CheckOptions: {async-all-or-nothing-wait.NoThrowWrappers: "::boost::cobalt::noexcept_task"}}'

// Boost.Cobalt needs Boost >= 1.84, which is not installed: a minimal
// stand-in with the same names and shapes.
#include <coroutine>
#include <exception>
#include <tuple>

namespace boost::cobalt {
template <typename T> struct [[nodiscard]] task {
  struct promise_type {
    task get_return_object() { return {}; }
    std::suspend_always initial_suspend() noexcept { return {}; }
    std::suspend_always final_suspend() noexcept { return {}; }
    void return_value(T) {}
    void unhandled_exception() {}
  };
  bool await_ready() { return true; }
  void await_suspend(std::coroutine_handle<>) {}
  T await_resume() { return T(); }
};
template <typename... T> task<std::tuple<T...>> join(task<T>...);
template <typename... T> task<std::tuple<T...>> gather(task<T>...);
template <typename T> task<T> noexcept_task(task<T>);
} // namespace boost::cobalt

namespace cobalt = boost::cobalt;

cobalt::task<int> fetch(int x) { co_return x; }

cobalt::task<int> positiveJoin() {
  auto [a, b] = co_await cobalt::join(fetch(1), fetch(2));
  // CHECK-MESSAGES: :[[@LINE-1]]:34: warning: 'boost::cobalt::join' is all-or-nothing: if one task fails, the results of the others are discarded and they are cancelled [async-all-or-nothing-wait]
  // CHECK-MESSAGES: :[[@LINE-2]]:34: note: use 'gather' to keep the outcome of every task; the code that reads the result must then inspect each one
  // CHECK-FIXES: auto [a, b] = co_await cobalt::gather(fetch(1), fetch(2));
  // CHECK-MESSAGES-HELPER: :[[@LINE-4]]:34: warning: 'boost::cobalt::join' is all-or-nothing: if one task fails, the results of the others are discarded and they are cancelled [async-all-or-nothing-wait]
  co_return a + b;
}

// With an in-house no-throw helper configured, wrapped children cannot fail.
cobalt::task<int> negativeWithHelper() {
  auto [a, b] = co_await cobalt::join(cobalt::noexcept_task(fetch(1)),
                                      cobalt::noexcept_task(fetch(2)));
  // CHECK-MESSAGES: :[[@LINE-2]]:34: warning: 'boost::cobalt::join' is all-or-nothing: if one task fails, the results of the others are discarded and they are cancelled [async-all-or-nothing-wait]
  // CHECK-MESSAGES: :[[@LINE-3]]:34: note: use 'gather' to keep the outcome of every task; the code that reads the result must then inspect each one
  // CHECK-FIXES: auto [a, b] = co_await cobalt::gather(cobalt::noexcept_task(fetch(1)),
  co_return a + b;
}

cobalt::task<int> negativeGather() {
  auto [a, b] = co_await cobalt::gather(fetch(1), fetch(2));
  co_return a + b;
}
