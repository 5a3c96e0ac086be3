// Mock of concurrencpp/results/shared_result.h: get()/wait() block.
#pragma once

#include <exception>

#include <concurrencpp/results/result.h>

namespace concurrencpp {

template <class type> class shared_result {
public:
  shared_result() noexcept = default;
  shared_result(result<type> rhs) noexcept { (void)rhs; }
  result_status status() const { return result_status::idle; }
  void wait() {}
  const type &get() { std::terminate(); }
  details::result_awaitable<const type &> operator co_await() { return {}; }
  details::result_awaitable<shared_result<type>> resolve() { return {}; }
};

template <> class shared_result<void> {
public:
  shared_result() noexcept = default;
  shared_result(result<void> rhs) noexcept { (void)rhs; }
  void wait() {}
  void get() {}
  details::result_awaitable<void> operator co_await() { return {}; }
};

} // namespace concurrencpp
