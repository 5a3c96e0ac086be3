// Mock of concurrencpp/runtime/runtime.h.
#pragma once

#include <memory>

#include <concurrencpp/executors/executor.h>
#include <concurrencpp/timers/timer_queue.h>

namespace concurrencpp {

struct runtime_options {
  std::size_t max_cpu_threads = 1;
};

class runtime {
public:
  runtime() = default;
  explicit runtime(const runtime_options &options) { (void)options; }
  ~runtime() noexcept {}

  std::shared_ptr<concurrencpp::timer_queue> timer_queue() const noexcept { return {}; }
  std::shared_ptr<concurrencpp::inline_executor> inline_executor() const noexcept { return {}; }
  std::shared_ptr<concurrencpp::thread_pool_executor> thread_pool_executor() const noexcept { return {}; }
  std::shared_ptr<concurrencpp::thread_pool_executor> background_executor() const noexcept { return {}; }
  std::shared_ptr<concurrencpp::thread_executor> thread_executor() const noexcept { return {}; }
  std::shared_ptr<concurrencpp::worker_thread_executor> make_worker_thread_executor() { return {}; }
  std::shared_ptr<concurrencpp::manual_executor> make_manual_executor() { return {}; }
};

} // namespace concurrencpp
