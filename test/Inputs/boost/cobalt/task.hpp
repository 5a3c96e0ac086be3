// Mock of Boost.Cobalt (Boost >= 1.84, newer than Debian's Boost): task.
#ifndef MOCK_BOOST_COBALT_TASK_HPP
#define MOCK_BOOST_COBALT_TASK_HPP

#include <coroutine>
#include <exception>

namespace boost::cobalt {
template <typename T> struct [[nodiscard]] task {
  struct promise_type {
    task get_return_object() { return {}; }
    std::suspend_always initial_suspend() noexcept { return {}; }
    std::suspend_always final_suspend() noexcept { return {}; }
    void return_value(T) {}
    void unhandled_exception() {}
  };
  bool await_ready() { return true; }
  void await_suspend(std::coroutine_handle<>) {}
  T await_resume() { return T(); }
};
} // namespace boost::cobalt

#endif
