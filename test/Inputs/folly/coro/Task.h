// Mock of folly/coro/Task.h (facebook/folly v2026.08.17.00).
//
// folly::coro::Task<T>: LAZY (initial_suspend = suspend_always), class
// [[nodiscard]]; awaitable only inside another Task, through the promise's
// await_transform -> co_viaIfAsync(executor, x) (so `co_await std::move(t)`
// for lvalues). co_withExecutor(ex, task) -> TaskWithExecutor<T>
// (class [[nodiscard]], lazy) whose .start() returns a SemiFuture that is NOT
// [[nodiscard]] (fire-and-forget when dropped). Task::scheduleOn is
// [[deprecated]] since 2025-07. co_withExecutor is a CPO object defined with
// FOLLY_DEFINE_CPO (namespace folly_cpo__) plus a hidden friend of Task.
#pragma once

#include <coroutine>
#include <exception>
#include <utility>

#include <folly/CancellationToken.h>
#include <folly/Executor.h>
#include <folly/Try.h>
#include <folly/coro/CurrentExecutor.h>
#include <folly/coro/Traits.h>
#include <folly/futures/Future.h>

namespace folly::coro {

template <typename T = void> class Task;
template <typename T = void> class TaskWithExecutor;

namespace detail {
namespace adl {
void co_viaIfAsync(); // ADL hook, like folly/coro/ViaIfAsync.h
} // namespace adl

// What `co_await x` inside a Task becomes: co_viaIfAsync(executor, x) when
// x customizes it, else x itself.
template <typename Awaitable>
decltype(auto) viaIfAsync(Executor::KeepAlive<> executor, Awaitable &&awaitable) {
  using adl::co_viaIfAsync;
  if constexpr (requires { co_viaIfAsync(executor, static_cast<Awaitable &&>(awaitable)); })
    return co_viaIfAsync(std::move(executor), static_cast<Awaitable &&>(awaitable));
  else
    return static_cast<Awaitable &&>(awaitable);
}

class TaskPromiseBase {
public:
  std::suspend_always initial_suspend() noexcept { return {}; }
  std::suspend_always final_suspend() noexcept { return {}; }
  void unhandled_exception() noexcept {}

  template <typename Awaitable> decltype(auto) await_transform(Awaitable &&awaitable) {
    return viaIfAsync(executor_, static_cast<Awaitable &&>(awaitable));
  }
  auto await_transform(co_current_executor_t) noexcept {
    struct ReadyExecutor {
      Executor *ex;
      bool await_ready() noexcept { return true; }
      void await_suspend(std::coroutine_handle<>) noexcept {}
      Executor *await_resume() noexcept { return ex; }
    };
    return ReadyExecutor{executor_.get()};
  }

  Executor::KeepAlive<> executor_;
};

template <typename T> class TaskPromise : public TaskPromiseBase {
public:
  Task<T> get_return_object() noexcept;
  template <typename U = T> void return_value(U &&value) { (void)value; }
};
template <> class TaskPromise<void> : public TaskPromiseBase {
public:
  Task<void> get_return_object() noexcept;
  void return_void() noexcept {}
};

namespace adl {
void co_withExecutor(); // ADL hook
struct WithExecutorFunction {
  template <typename Awaitable>
  auto operator()(Executor::KeepAlive<> executor, Awaitable awaitable) const
      -> decltype(co_withExecutor(std::move(executor), std::move(awaitable))) {
    return co_withExecutor(std::move(executor), std::move(awaitable));
  }
};
} // namespace adl
} // namespace detail

// FOLLY_DEFINE_CPO(detail::adl::WithExecutorFunction, co_withExecutor)
namespace folly_cpo__ {
inline constexpr detail::adl::WithExecutorFunction co_withExecutor{};
}
using namespace folly_cpo__;

template <typename T> class [[nodiscard]] TaskWithExecutor {
  using handle_t = std::coroutine_handle<detail::TaskPromise<T>>;

public:
  TaskWithExecutor(TaskWithExecutor &&t) noexcept : coro_(std::exchange(t.coro_, {})) {}
  ~TaskWithExecutor() {}

  folly::Executor *executor() const noexcept { return nullptr; }

  // Eager start; the returned SemiFuture is not [[nodiscard]].
  SemiFuture<lift_unit_t<T>> start() && { return {}; }
  template <typename F>
  void start(F &&tryCallback, folly::CancellationToken cancelToken = {}) && {
    (void)tryCallback;
    (void)cancelToken;
  }
  SemiFuture<lift_unit_t<T>> startInlineUnsafe() && { return {}; }
  template <typename F>
  void startInlineUnsafe(F &&tryCallback, folly::CancellationToken cancelToken = {}) && {
    (void)tryCallback;
    (void)cancelToken;
  }

  class Awaiter {
  public:
    bool await_ready() const noexcept { return false; }
    template <typename Promise> void await_suspend(std::coroutine_handle<Promise>) noexcept {}
    T await_resume() { std::terminate(); }
  };
  Awaiter operator co_await() && noexcept { return {}; }

private:
  friend class Task<T>;
  explicit TaskWithExecutor(handle_t coro) noexcept : coro_(coro) {}
  handle_t coro_;
};

template <typename T> class [[nodiscard]] Task {
public:
  using promise_type = detail::TaskPromise<T>;

private:
  using handle_t = std::coroutine_handle<promise_type>;
  class Awaiter {
  public:
    bool await_ready() noexcept { return false; }
    template <typename Promise>
    std::coroutine_handle<> await_suspend(std::coroutine_handle<Promise>) noexcept {
      return std::noop_coroutine();
    }
    T await_resume() { std::terminate(); }
  };

public:
  Task(const Task &) = delete;
  Task(Task &&t) noexcept : coro_(std::exchange(t.coro_, {})) {}
  ~Task() {}
  Task &operator=(Task t) noexcept {
    std::swap(coro_, t.coro_);
    return *this;
  }

  friend TaskWithExecutor<T> co_withExecutor(Executor::KeepAlive<> executor, Task task) noexcept {
    (void)executor;
    return std::move(task).asTaskWithExecutor();
  }
  [[deprecated("Legacy form, prefer `co_withExecutor(exec, yourTask())`.")]]
  TaskWithExecutor<T> scheduleOn(Executor::KeepAlive<> executor) && noexcept {
    return co_withExecutor(std::move(executor), std::move(*this));
  }

  SemiFuture<lift_unit_t<T>> semi() && { return {}; }

  friend Awaiter co_viaIfAsync(Executor::KeepAlive<> executor, Task<T> &&t) noexcept {
    (void)executor;
    (void)t;
    return Awaiter{};
  }
  friend Task co_withCancellation(folly::CancellationToken token, Task &&task) noexcept {
    (void)token;
    return std::move(task);
  }

private:
  friend promise_type;
  explicit Task(handle_t coro) noexcept : coro_(coro) {}
  TaskWithExecutor<T> asTaskWithExecutor() && {
    return TaskWithExecutor<T>{std::exchange(coro_, {})};
  }
  handle_t coro_;
};

namespace detail {
template <typename T> Task<T> TaskPromise<T>::get_return_object() noexcept {
  return Task<T>{std::coroutine_handle<TaskPromise<T>>::from_promise(*this)};
}
inline Task<void> TaskPromise<void>::get_return_object() noexcept {
  return Task<void>{std::coroutine_handle<TaskPromise<void>>::from_promise(*this)};
}
} // namespace detail

// co_await co_awaitTry(x) -> folly::Try<T> instead of throwing.
template <typename Awaitable> class TryAwaitable {
public:
  explicit TryAwaitable(Awaitable &&a) : a_(static_cast<Awaitable &&>(a)) {}
  bool await_ready() noexcept { return false; }
  void await_suspend(std::coroutine_handle<>) noexcept {}
  Try<semi_await_result_t<Awaitable>> await_resume() { return {}; }

private:
  Awaitable a_;
};
template <typename Awaitable> TryAwaitable<Awaitable> co_awaitTry(Awaitable &&awaitable) {
  return TryAwaitable<Awaitable>(static_cast<Awaitable &&>(awaitable));
}

} // namespace folly::coro
