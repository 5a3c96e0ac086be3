// RUN: %check_async_tidy %s async-discarded-task %t -- -Wno-unused-result

// A task is what can be awaited (a member operator co_await, or the awaiter
// trio) and has a lazy promise. A generator, which cannot be awaited, is a
// range; its iterator may name the generator's promise and is no task
// either.
#include <coroutine>
#include <exception>

template <typename T> class Generator {
public:
  struct promise_type {
    T value;
    Generator get_return_object() noexcept;
    std::suspend_always initial_suspend() noexcept { return {}; }
    std::suspend_always final_suspend() noexcept { return {}; }
    std::suspend_always yield_value(T v) noexcept {
      value = v;
      return {};
    }
    void return_void() noexcept {}
    void unhandled_exception() { throw; }
  };
  class iterator {
    using promise_type = Generator::promise_type;

  public:
    iterator &operator++();
    const T &operator*() const;
    bool operator!=(const iterator &) const;
  };
  iterator begin();
  iterator end();
};

template <typename T> class Task {
public:
  struct promise_type {
    Task get_return_object() noexcept;
    std::suspend_always initial_suspend() noexcept { return {}; }
    std::suspend_always final_suspend() noexcept { return {}; }
    void return_value(T) noexcept {}
    void unhandled_exception() noexcept {}
  };
  struct Awaiter {
    bool await_ready() const noexcept { return false; }
    void await_suspend(std::coroutine_handle<>) noexcept {}
    T await_resume();
  };
  Awaiter operator co_await() &&;
};

Generator<int> numbers() { co_yield 1; }
Task<int> compute();

void negativeRangesAndIterators() {
  auto gen = numbers();
  auto it = gen.begin();
  while (it != gen.end()) {
    (void)*it;
    ++it;
  }
  gen.begin();
  numbers();
}

void positiveAwaitableTask() {
  compute();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: lazy task returned by 'compute' is discarded, so its work never runs [async-discarded-task]
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: co_await it inside a coroutine, or pass it to code that starts it
}
