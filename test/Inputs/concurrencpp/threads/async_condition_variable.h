// Mock of concurrencpp/threads/async_condition_variable.h.
#pragma once

#include <memory>

#include <concurrencpp/executors/executor.h>
#include <concurrencpp/results/lazy_result.h>
#include <concurrencpp/threads/async_lock.h>

namespace concurrencpp {

class async_condition_variable {
public:
  lazy_result<void> await(std::shared_ptr<executor> resume_executor, scoped_async_lock &lock);
  template <class predicate_type>
  lazy_result<void> await(std::shared_ptr<executor> resume_executor, scoped_async_lock &lock, predicate_type pred) {
    (void)resume_executor, (void)lock, (void)pred;
    co_return;
  }
  void notify_one() {}
  void notify_all() {}
};

} // namespace concurrencpp
