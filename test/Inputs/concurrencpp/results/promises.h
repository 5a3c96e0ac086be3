// Mock of concurrencpp/results/promises.h: concurrencpp selects promise types
// through std::coroutine_traits specializations (the return types have NO
// nested promise_type):
//   result<T>, null_result            -> eager (suspend_never), or rescheduled
//                                        onto an executor with (executor_tag,
//                                        std::shared_ptr<E>, ...) parameters
//   lazy_result<T>                    -> lazy (suspend_always)
#pragma once

#include <coroutine>
#include <memory>

#include <concurrencpp/results/lazy_result.h>
#include <concurrencpp/results/result.h>

namespace concurrencpp::details {

struct initialy_resumed_promise {
  std::suspend_never initial_suspend() const noexcept { return {}; }
};

struct initialy_rescheduled_promise {
  struct initial_scheduling_awaiter {
    bool await_ready() const noexcept { return false; }
    void await_suspend(std::coroutine_handle<>) noexcept {}
    void await_resume() const noexcept {}
  };
  template <class... argument_types> initialy_rescheduled_promise(argument_types &&...) noexcept {}
  initial_scheduling_awaiter initial_suspend() const noexcept { return {}; }
};

template <class type> struct return_value_struct {
  template <class return_type> void return_value(return_type &&value) { (void)value; }
};
template <> struct return_value_struct<void> {
  void return_void() noexcept {}
};

template <class type, class initial_suspend_policy>
struct result_promise : public initial_suspend_policy, public return_value_struct<type> {
  using initial_suspend_policy::initial_suspend_policy;
  result<type> get_return_object() noexcept { return {}; }
  std::suspend_never final_suspend() const noexcept { return {}; }
  void unhandled_exception() noexcept {}
};

template <class initial_suspend_policy> struct null_result_promise : public initial_suspend_policy {
  using initial_suspend_policy::initial_suspend_policy;
  null_result get_return_object() const noexcept { return {}; }
  std::suspend_never final_suspend() const noexcept { return {}; }
  void unhandled_exception() const noexcept {}
  void return_void() const noexcept {}
};

template <class type> struct lazy_promise : public return_value_struct<type> {
  lazy_result<type> get_return_object() noexcept {
    return lazy_result<type>{std::coroutine_handle<lazy_promise>::from_promise(*this)};
  }
  std::suspend_always initial_suspend() const noexcept { return {}; }
  std::suspend_always final_suspend() const noexcept { return {}; }
  void unhandled_exception() noexcept {}
};

} // namespace concurrencpp::details

namespace std {
// No executor.
template <class... arguments> struct coroutine_traits<::concurrencpp::null_result, arguments...> {
  using promise_type = concurrencpp::details::null_result_promise<concurrencpp::details::initialy_resumed_promise>;
};
template <class type, class... arguments> struct coroutine_traits<::concurrencpp::result<type>, arguments...> {
  using promise_type = concurrencpp::details::result_promise<type, concurrencpp::details::initialy_resumed_promise>;
};
// Executor (free functions).
template <class executor_type, class... arguments>
struct coroutine_traits<::concurrencpp::null_result, concurrencpp::executor_tag, std::shared_ptr<executor_type>,
                        arguments...> {
  using promise_type = concurrencpp::details::null_result_promise<concurrencpp::details::initialy_rescheduled_promise>;
};
template <class type, class executor_type, class... arguments>
struct coroutine_traits<::concurrencpp::result<type>, concurrencpp::executor_tag, std::shared_ptr<executor_type>,
                        arguments...> {
  using promise_type =
      concurrencpp::details::result_promise<type, concurrencpp::details::initialy_rescheduled_promise>;
};
// Lazy.
template <class type, class... arguments> struct coroutine_traits<::concurrencpp::lazy_result<type>, arguments...> {
  using promise_type = concurrencpp::details::lazy_promise<type>;
};
} // namespace std
