// Mock of concurrencpp/timers/timer_queue.h (v0.1.7): the awaitable sleep is
// `co_await tq->make_delay_object(ms, executor)` (milliseconds only; needs
// the runtime's timer_queue and an executor -> hint only).
#pragma once

#include <chrono>
#include <memory>

#include <concurrencpp/executors/executor.h>
#include <concurrencpp/results/lazy_result.h>

namespace concurrencpp {

class timer {
public:
  void cancel() {}
};

class timer_queue : public std::enable_shared_from_this<timer_queue> {
public:
  template <class callable_type, class... argumet_types>
  timer make_timer(std::chrono::milliseconds due_time, std::chrono::milliseconds frequency,
                   std::shared_ptr<concurrencpp::executor> executor, callable_type &&callable,
                   argumet_types &&...arguments) {
    (void)due_time, (void)frequency, (void)executor, (void)callable;
    ((void)arguments, ...);
    return {};
  }
  template <class callable_type, class... argumet_types>
  timer make_one_shot_timer(std::chrono::milliseconds due_time, std::shared_ptr<concurrencpp::executor> executor,
                            callable_type &&callable, argumet_types &&...arguments) {
    (void)due_time, (void)executor, (void)callable;
    ((void)arguments, ...);
    return {};
  }
  lazy_result<void> make_delay_object(std::chrono::milliseconds due_time,
                                      std::shared_ptr<concurrencpp::executor> executor);
};

} // namespace concurrencpp
