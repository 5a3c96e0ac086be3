// An in-house coroutine library (namespace acme) that async-lint knows
// nothing about: tests use it to show option-configured types and functions.
//   acme::Task<T>    LAZY (suspend_always), deliberately NOT [[nodiscard]]
//   acme::Future<T>  EAGER (suspend_never), NOT [[nodiscard]]
//   acme::runBlocking(task)          blocks the thread
//   acme::Executor::spawnDetached(t) fire-and-forget (unowned)
//   acme::TaskGroup::spawn(t) + co_await group.join()   owner
//   acme::sleepFor(d)                awaitable sleep
//   acme::whenAll(ts...)             all-or-nothing; acme::whenAllSettled collects
#pragma once

#include <chrono>
#include <coroutine>
#include <exception>
#include <optional>
#include <tuple>
#include <type_traits>
#include <utility>

namespace acme {

template <class T = void> class Task;
template <class T = void> class Future;

namespace detail {
template <class T> struct ReturnValue {
  template <class U = T> void return_value(U &&value) { (void)value; }
};
template <> struct ReturnValue<void> {
  void return_void() noexcept {}
};

template <class Coro, class T, class Initial> struct Promise : ReturnValue<T> {
  Coro get_return_object() noexcept { return Coro{std::coroutine_handle<Promise>::from_promise(*this)}; }
  Initial initial_suspend() noexcept { return {}; }
  std::suspend_always final_suspend() noexcept { return {}; }
  void unhandled_exception() noexcept {}
};

template <class T> struct Awaiter {
  bool await_ready() const noexcept { return false; }
  std::coroutine_handle<> await_suspend(std::coroutine_handle<>) noexcept { return std::noop_coroutine(); }
  T await_resume() { std::terminate(); }
};
} // namespace detail

template <class T> class Task {
public:
  using promise_type = detail::Promise<Task, T, std::suspend_always>;
  explicit Task(std::coroutine_handle<promise_type> h) noexcept : handle_(h) {}
  Task(Task &&other) noexcept : handle_(std::exchange(other.handle_, {})) {}
  ~Task() {}
  detail::Awaiter<T> operator co_await() && noexcept { return {}; }

private:
  std::coroutine_handle<promise_type> handle_;
};

template <class T> class Future {
public:
  using promise_type = detail::Promise<Future, T, std::suspend_never>;
  explicit Future(std::coroutine_handle<promise_type> h) noexcept : handle_(h) {}
  Future(Future &&other) noexcept : handle_(std::exchange(other.handle_, {})) {}
  ~Future() {}
  detail::Awaiter<T> operator co_await() && noexcept { return {}; }
  T get() { std::terminate(); } // blocking

private:
  std::coroutine_handle<promise_type> handle_;
};

template <class T> T runBlocking(Task<T> task) {
  (void)task;
  std::terminate();
}

class Executor {
public:
  void spawnDetached(Task<void> task) { (void)task; }
};

class TaskGroup {
public:
  void spawn(Task<void> task) { (void)task; }
  Task<void> join();
};

Task<void> sleepFor(std::chrono::milliseconds d);

template <class... Ts> Task<std::tuple<Ts...>> whenAll(Task<Ts>... tasks);
template <class... Ts> Task<std::tuple<std::optional<Ts>...>> whenAllSettled(Task<Ts>... tasks);

} // namespace acme
