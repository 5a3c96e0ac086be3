// RUN: %check_async_tidy %s async-unowned-task %t

// A detached thread is reported when it may outlive what it uses: its lambda
// captures `this` or anything by reference, or another argument refers to
// `this`. A thread that owns everything it uses (captures by value) is not,
// nor is an awaiter's thread that resumes the suspended coroutine: that
// coroutine waits for it.
#include <coroutine>
#include <functional>
#include <string>
#include <thread>
#include <utility>

struct Event {
  void set();
};

void positiveCapturesByReference() {
  Event event;
  int value = 0;
  std::thread worker([&event, &value] { value = 1; event.set(); });
  worker.detach();
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: 'std::thread::detach' leaves the thread with no owner: nothing can join it, and it may outlive the objects it uses [async-unowned-task]
  // CHECK-MESSAGES: :[[@LINE-2]]:10: note: to give it an owner, keep it in a 'std::jthread' or 'join()' it
  std::thread([&] { event.set(); }).detach();
  // CHECK-MESSAGES: :[[@LINE-1]]:37: warning: 'std::thread::detach' leaves the thread
  // CHECK-MESSAGES: :[[@LINE-2]]:37: note: to give it an owner
}

class Executor {
public:
  void positiveCapturesThis(std::function<void()> func) {
    std::thread([this, func = std::move(func)] {
      schedule(func);
    }).detach();
    // CHECK-MESSAGES: :[[@LINE-1]]:8: warning: 'std::thread::detach' leaves the thread
    // CHECK-MESSAGES: :[[@LINE-2]]:8: note: to give it an owner
  }
  void positiveArgumentRefersToThis(std::function<void()> func) {
    std::thread([func = std::move(func)](Executor *executor) { executor->schedule(func); }, this).detach();
    // CHECK-MESSAGES: :[[@LINE-1]]:99: warning: 'std::thread::detach' leaves the thread
    // CHECK-MESSAGES: :[[@LINE-2]]:99: note: to give it an owner
  }
  void schedule(std::function<void()>);
};

// A thread function that is not a lambda is not looked into.
void run(int);
void positiveNotALambda() {
  std::thread(run, 1).detach();
  // CHECK-MESSAGES: :[[@LINE-1]]:23: warning: 'std::thread::detach' leaves the thread
  // CHECK-MESSAGES: :[[@LINE-2]]:23: note: to give it an owner
}

//===--- Negative cases ---------------------------------------------------===//

// A mock of a callback API: everything is captured by value.
template <typename Callback>
void negativeCapturesByValue(const std::string &prompt, Callback cb) {
  std::thread([prompt, cb = std::move(cb)]() mutable { std::move(cb)(prompt); }).detach();
}
void negativeCApiContext(void (*cb)(void *, const char *), void *arg) {
  std::thread([cb, arg] { cb(arg, "line"); }).detach();
}
void instantiate() {
  negativeCapturesByValue("name", [](const std::string &) {});
}

// The cppreference switch_to_new_thread awaiter: the thread resumes the
// suspended coroutine, which waits for it; the awaiter lives in its frame.
struct ResumeOnNewThread {
  int value;
  bool await_ready() { return false; }
  void await_suspend(std::coroutine_handle<> continuation) noexcept {
    std::thread([this, c = continuation]() mutable {
      ++value;
      c.resume();
    }).detach();
  }
  int await_resume() noexcept { return value; }
};
struct ResumeOnNewThreadByMove {
  bool await_ready() { return false; }
  void await_suspend(std::coroutine_handle<> handle) noexcept {
    std::thread([h = std::move(handle)]() mutable { h.resume(); }).detach();
  }
  void await_resume() noexcept {}
};
