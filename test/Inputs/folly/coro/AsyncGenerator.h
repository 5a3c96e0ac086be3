// Mock of folly/coro/AsyncGenerator.h: AsyncGenerator<Reference> is LAZY and
// [[nodiscard]]; `co_await gen.next()` yields a NextResult (explicit bool,
// operator*). Its promise transforms awaits like Task's (co_viaIfAsync).
#pragma once

#include <coroutine>
#include <exception>
#include <type_traits>
#include <utility>

#include <folly/coro/Task.h>

namespace folly::coro {

template <typename Reference, typename Value = std::remove_cvref_t<Reference>,
          bool RequiresCleanup = false>
class [[nodiscard]] AsyncGenerator {
public:
  class promise_type : public detail::TaskPromiseBase {
  public:
    AsyncGenerator get_return_object() noexcept {
      return AsyncGenerator{std::coroutine_handle<promise_type>::from_promise(*this)};
    }
    std::suspend_always yield_value(Reference value) noexcept {
      (void)value;
      return {};
    }
    void return_void() noexcept {}
    using detail::TaskPromiseBase::await_transform;
  };

  class NextResult {
  public:
    bool has_value() const noexcept { return false; }
    explicit operator bool() const noexcept { return false; }
    Reference operator*() { std::terminate(); }
  };

  class NextAwaitable {
  public:
    bool await_ready() noexcept { return false; }
    std::coroutine_handle<> await_suspend(std::coroutine_handle<>) noexcept {
      return std::noop_coroutine();
    }
    NextResult await_resume() { return {}; }
  };

  AsyncGenerator() noexcept = default;
  AsyncGenerator(AsyncGenerator &&other) noexcept : coro_(std::exchange(other.coro_, {})) {}
  AsyncGenerator &operator=(AsyncGenerator &&other) noexcept {
    coro_ = std::exchange(other.coro_, {});
    return *this;
  }
  ~AsyncGenerator() {}

  [[nodiscard]] NextAwaitable next() noexcept { return {}; }

private:
  explicit AsyncGenerator(std::coroutine_handle<promise_type> coro) noexcept : coro_(coro) {}
  std::coroutine_handle<promise_type> coro_;
};

} // namespace folly::coro
