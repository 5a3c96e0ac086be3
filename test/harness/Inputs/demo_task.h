// A minimal coroutine type, so that the harness tests parse fast.
#pragma once
#include <chrono>
#include <coroutine>
#include <exception>
#include <thread>

namespace demo {
struct task {
  struct promise_type {
    task get_return_object() { return {}; }
    std::suspend_always initial_suspend() noexcept { return {}; }
    std::suspend_always final_suspend() noexcept { return {}; }
    void return_void() {}
    void unhandled_exception() { std::terminate(); }
  };
};
} // namespace demo

using namespace std::chrono_literals;
