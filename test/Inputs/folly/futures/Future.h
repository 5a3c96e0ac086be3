// Mock of folly/futures/Future.h (facebook/folly v2026.08).
//
// SemiFuture<T> / Future<T> are eager handles to already-running work and are
// NOT [[nodiscard]]: dropping the SemiFuture returned by
// TaskWithExecutor::start() is fire-and-forget. get()/wait() block the
// calling thread. Inside a folly::coro::Task they are awaited as
// `co_await std::move(fut)` (SemiFuture via co_viaIfAsync, Future via
// operator co_await).
#pragma once

#include <coroutine>
#include <exception>
#include <utility>

#include <folly/Executor.h>
#include <folly/Try.h>
#include <folly/futures/detail/Types.h>

namespace folly {

template <class T> class Future;

namespace detail {
template <typename T> class FutureAwaiter {
public:
  bool await_ready() noexcept { return false; }
  void await_suspend(std::coroutine_handle<>) noexcept {}
  T await_resume() { std::terminate(); }
};
} // namespace detail

template <class T> class SemiFuture {
public:
  using value_type = T;

  SemiFuture() = default;
  SemiFuture(SemiFuture &&) noexcept = default;
  SemiFuture &operator=(SemiFuture &&) noexcept = default;

  bool isReady() const { return false; }
  bool hasValue() const { return false; }
  bool hasException() const { return false; }

  // Blocking.
  T get() && { std::terminate(); }
  T get(HighResDuration dur) && { (void)dur; std::terminate(); }
  Try<T> getTry() && { return {}; }
  SemiFuture<T> &wait() & { return *this; }
  SemiFuture<T> &&wait() && { return std::move(*this); }
  SemiFuture<T> &wait(HighResDuration dur) & { (void)dur; return *this; }

  Future<T> via(Executor::KeepAlive<> executor) &&;
  Future<T> toUnsafeFuture() &&;

  friend Future<T> co_viaIfAsync(Executor::KeepAlive<> executor,
                                 SemiFuture<T> &&future) noexcept {
    return std::move(future).via(std::move(executor));
  }
};

template <class T> class Future {
public:
  using value_type = T;

  Future() = default;
  Future(Future &&) noexcept = default;
  Future &operator=(Future &&) noexcept = default;

  bool isReady() const { return false; }

  // Blocking.
  T get() && { std::terminate(); }
  T get(HighResDuration dur) && { (void)dur; std::terminate(); }
  Try<T> getTry() && { return {}; }
  T value() & { std::terminate(); }
  Future<T> &wait() & { return *this; }
  Future<T> &&wait() && { return std::move(*this); }
  template <class DrivableExecutor> T getVia(DrivableExecutor *e) && {
    (void)e;
    std::terminate();
  }

  template <class F> Future<lift_unit_t<std::invoke_result_t<F, T>>> thenValue(F &&f) && {
    (void)f;
    return {};
  }
  SemiFuture<T> semi() && { return {}; }
  Future<T> via(Executor::KeepAlive<> executor) && { (void)executor; return {}; }
};

template <class T> Future<T> SemiFuture<T>::via(Executor::KeepAlive<> e) && {
  (void)e;
  return {};
}
template <class T> Future<T> SemiFuture<T>::toUnsafeFuture() && { return {}; }

template <typename T>
inline detail::FutureAwaiter<T> operator co_await(Future<T> &&future) noexcept {
  (void)future;
  return {};
}

template <class T> class Promise {
public:
  SemiFuture<T> getSemiFuture() { return {}; }
  Future<T> getFuture() { return {}; }
  template <class M> void setValue(M &&value) { (void)value; }
  void setException(std::exception_ptr ep) { (void)ep; }
};

template <class T> SemiFuture<std::decay_t<T>> makeSemiFuture(T &&t) {
  (void)t;
  return {};
}
inline SemiFuture<Unit> makeSemiFuture() { return {}; }
template <class T> Future<std::decay_t<T>> makeFuture(T &&t) {
  (void)t;
  return {};
}
inline Future<Unit> makeFuture() { return {}; }

namespace futures {

// Eager timer future (not a coroutine).
inline SemiFuture<Unit> sleep(HighResDuration dur, Timekeeper *tk = nullptr) {
  (void)dur;
  (void)tk;
  return {};
}

// Fire-and-forget: the result and any exception are dropped.
template <class T>
void detachOn(folly::Executor::KeepAlive<> exec, folly::SemiFuture<T> &&fut) {
  (void)exec;
  (void)fut;
}
template <class T> void detachOnGlobalCPUExecutor(folly::SemiFuture<T> &&fut) {
  (void)fut;
}
template <class T> void detachWithoutExecutor(folly::SemiFuture<T> &&fut) {
  (void)fut;
}

} // namespace futures
} // namespace folly
