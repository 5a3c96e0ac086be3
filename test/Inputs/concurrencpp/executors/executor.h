// Mock of concurrencpp/executors/executor.h (v0.1.7). post()/bulk_post() are
// fire-and-forget (UNOWNED: exceptions dropped); submit()/bulk_submit()
// return eager result<T>s.
#pragma once

#include <span>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

#include <concurrencpp/results/result.h>

namespace concurrencpp {

class executor {
public:
  explicit executor(std::string_view name) : name(name) {}
  virtual ~executor() noexcept = default;

  const std::string name;

  virtual int max_concurrency_level() const noexcept { return 1; }
  virtual bool shutdown_requested() const { return false; }
  virtual void shutdown() {}

  template <class callable_type, class... argument_types>
  void post(callable_type &&callable, argument_types &&...arguments) {
    (void)callable;
    ((void)arguments, ...);
  }
  template <class callable_type, class... argument_types>
  auto submit(callable_type &&callable, argument_types &&...arguments)
      -> result<std::invoke_result_t<callable_type, argument_types...>> {
    (void)callable;
    ((void)arguments, ...);
    return {};
  }
  template <class callable_type> void bulk_post(std::span<callable_type> callable_list) { (void)callable_list; }
  template <class callable_type, class return_type = std::invoke_result_t<callable_type>>
  std::vector<concurrencpp::result<return_type>> bulk_submit(std::span<callable_type> callable_list) {
    (void)callable_list;
    return {};
  }
};

class thread_pool_executor : public executor {
public:
  thread_pool_executor() : executor("thread_pool_executor") {}
};
class thread_executor : public executor {
public:
  thread_executor() : executor("thread_executor") {}
};
class worker_thread_executor : public executor {
public:
  worker_thread_executor() : executor("worker_thread_executor") {}
};
class inline_executor : public executor {
public:
  inline_executor() : executor("inline_executor") {}
};
class manual_executor : public executor {
public:
  manual_executor() : executor("manual_executor") {}
  std::size_t size() const { return 0; }
  bool empty() const { return true; }
  bool loop_once() { return false; }            // runs a task inline
  std::size_t loop(std::size_t max_count) { return max_count; }
  void wait_for_task() {}                       // blocking
};

} // namespace concurrencpp
