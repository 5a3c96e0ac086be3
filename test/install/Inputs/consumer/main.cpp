// A coroutine that blocks its thread: async-blocking-call-in-coroutine.
#include <chrono>
#include <coroutine>
#include <thread>

struct Task {
  struct promise_type {
    Task get_return_object() { return {}; }
    std::suspend_never initial_suspend() noexcept { return {}; }
    std::suspend_never final_suspend() noexcept { return {}; }
    void return_void() {}
    void unhandled_exception() {}
  };
};

Task poll() {
  std::this_thread::sleep_for(std::chrono::milliseconds(10));
  co_return;
}

int main() { poll(); }
