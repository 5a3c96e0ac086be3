// Mock of concurrencpp/results/lazy_result.h (v0.1.7). lazy_result<T> is LAZY
// ("if a lazy result is not consumed, its associated lazy task never
// starts") and NOT [[nodiscard]]. run() starts it and returns an eager
// result<T>.
#pragma once

#include <coroutine>
#include <utility>

#include <concurrencpp/results/result.h>

namespace concurrencpp {

template <class type> class lazy_result {
public:
  using value_type = type;

  lazy_result() noexcept = default;
  explicit lazy_result(std::coroutine_handle<> state) noexcept : m_state(state) {}
  lazy_result(lazy_result &&rhs) noexcept : m_state(std::exchange(rhs.m_state, {})) {}
  lazy_result &operator=(lazy_result &&rhs) noexcept {
    m_state = std::exchange(rhs.m_state, {});
    return *this;
  }
  lazy_result(const lazy_result &) = delete;
  ~lazy_result() noexcept {}

  explicit operator bool() const noexcept { return true; }
  result_status status() const { return result_status::idle; }

  details::result_awaitable<type> operator co_await() { return {}; }
  details::result_awaitable<lazy_result<type>> resolve() { return {}; }
  result<type> run() { return {}; }

private:
  std::coroutine_handle<> m_state;
};

} // namespace concurrencpp
