// Mock of concurrencpp/results/resume_on.h: `co_await resume_on(executor)` --
// the yield point (reschedules the coroutine onto the executor).
#pragma once

#include <coroutine>
#include <memory>

namespace concurrencpp {
namespace details {
template <class executor_type> class resume_on_awaitable {
public:
  bool await_ready() const noexcept { return false; }
  void await_suspend(std::coroutine_handle<>) {}
  void await_resume() const {}
};
} // namespace details

template <class executor_type> auto resume_on(std::shared_ptr<executor_type> executor) {
  (void)executor;
  return details::resume_on_awaitable<executor_type>{};
}
template <class executor_type> auto resume_on(executor_type &executor) noexcept {
  (void)executor;
  return details::resume_on_awaitable<executor_type>{};
}
} // namespace concurrencpp
