// Mock of async_simple/coro/Lazy.h (1.4). Lazy<T> and RescheduleLazy<T> are
// lazy ([[nodiscard]], initial_suspend is suspend_always) and awaitable
// through a member operator co_await; inside a Lazy, co_await goes through
// the promise's await_transform. start(callback) runs the task detached and
// hands the callback a Try<T>; via(executor) makes a RescheduleLazy.
#ifndef ASYNC_SIMPLE_CORO_LAZY_H
#define ASYNC_SIMPLE_CORO_LAZY_H

#include "async_simple/Executor.h"
#include "async_simple/Try.h"
#include <coroutine>
#include <exception>
#include <type_traits>
#include <utility>

namespace async_simple::coro {

template <typename T = void> class Lazy;
template <typename T = void> class RescheduleLazy;

struct Yield {};
struct CurrentExecutor {};

namespace detail {

template <typename T> struct ReadyAwaiter {
  T Value;
  bool await_ready() const noexcept { return true; }
  void await_suspend(std::coroutine_handle<>) const noexcept {}
  T await_resume() noexcept { return Value; }
};

class LazyPromiseBase {
public:
  struct FinalAwaiter {
    bool await_ready() const noexcept { return false; }
    template <typename PromiseType>
    std::coroutine_handle<>
    await_suspend(std::coroutine_handle<PromiseType> h) noexcept {
      return h.promise()._continuation;
    }
    void await_resume() noexcept {}
  };
  struct YieldAwaiter {
    bool await_ready() const noexcept { return false; }
    void await_suspend(std::coroutine_handle<>) {}
    void await_resume() const {}
  };

  std::suspend_always initial_suspend() noexcept { return {}; }
  FinalAwaiter final_suspend() noexcept { return {}; }
  template <typename Awaitable> Awaitable &&await_transform(Awaitable &&a) {
    return std::forward<Awaitable>(a);
  }
  ReadyAwaiter<Executor *> await_transform(CurrentExecutor) {
    return {_executor};
  }
  YieldAwaiter await_transform(Yield) { return {}; }
  void unhandled_exception() noexcept { _exception = std::current_exception(); }

  std::coroutine_handle<> _continuation;
  Executor *_executor = nullptr;
  std::exception_ptr _exception;
};

template <typename T> class LazyPromise : public LazyPromiseBase {
public:
  Lazy<T> get_return_object() noexcept;
  template <typename V> void return_value(V &&value) {
    _value = std::forward<V>(value);
  }
  T _value{};
};

template <> class LazyPromise<void> : public LazyPromiseBase {
public:
  Lazy<void> get_return_object() noexcept;
  void return_void() noexcept {}
};

template <typename T, typename CB>
concept isLazyCallback = std::is_invocable_v<CB, Try<T>>;

template <typename T, bool reschedule> class LazyBase {
public:
  using promise_type = LazyPromise<T>;
  using Handle = std::coroutine_handle<promise_type>;
  using ValueType = T;

  struct AwaiterBase {
    Handle _handle;
    bool await_ready() const noexcept { return false; }
    std::coroutine_handle<> await_suspend(std::coroutine_handle<>) noexcept {
      return _handle;
    }
  };
  struct ValueAwaiter : AwaiterBase {
    T await_resume() {
      if (this->_handle.promise()._exception)
        std::rethrow_exception(this->_handle.promise()._exception);
      if constexpr (!std::is_void_v<T>)
        return this->_handle.promise()._value;
    }
  };
  struct TryAwaiter : AwaiterBase {
    Try<T> await_resume() noexcept { return {}; }
  };

  explicit LazyBase(Handle coro) noexcept : _coro(coro) {}
  LazyBase(LazyBase &&other) noexcept
      : _coro(std::exchange(other._coro, nullptr)) {}
  ~LazyBase() {
    if (_coro)
      _coro.destroy();
  }

  Executor *getExecutor() { return _coro.promise()._executor; }

  template <typename F>
  void start(F &&callback)
    requires(isLazyCallback<T, F>)
  {
    (void)callback;
  }

  bool isReady() const { return !_coro || _coro.done(); }
  ValueAwaiter operator co_await() {
    return ValueAwaiter{{std::exchange(_coro, nullptr)}};
  }
  TryAwaiter coAwaitTry() { return TryAwaiter{{std::exchange(_coro, nullptr)}}; }

protected:
  Handle _coro;
};

} // namespace detail

template <typename T>
class [[nodiscard]] Lazy : public detail::LazyBase<T, false> {
  using Base = detail::LazyBase<T, false>;

public:
  using Base::Base;

  RescheduleLazy<T> via(Executor *ex) && {
    this->_coro.promise()._executor = ex;
    return RescheduleLazy<T>(std::exchange(this->_coro, nullptr));
  }

  using Base::start;

  template <typename F>
  void directlyStart(F &&callback, Executor *executor)
    requires(detail::isLazyCallback<T, F>)
  {
    this->_coro.promise()._executor = executor;
    return start(std::forward<F>(callback));
  }
};

template <typename T>
class [[nodiscard]] RescheduleLazy : public detail::LazyBase<T, true> {
  using Base = detail::LazyBase<T, true>;
  friend class Lazy<T>;

public:
  void detach() {
    this->start([](auto &&t) {
      if (t.hasError())
        std::rethrow_exception(t.getException());
    });
  }

private:
  using Base::Base;
};

template <typename T>
inline Lazy<T> detail::LazyPromise<T>::get_return_object() noexcept {
  return Lazy<T>(Lazy<T>::Handle::from_promise(*this));
}
inline Lazy<void> detail::LazyPromise<void>::get_return_object() noexcept {
  return Lazy<void>(Lazy<void>::Handle::from_promise(*this));
}

} // namespace async_simple::coro

#endif
