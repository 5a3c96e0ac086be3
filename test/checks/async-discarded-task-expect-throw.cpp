// RUN: %check_async_tidy %s async-discarded-task,async-unowned-task %t -- -Wno-unused-result

// A call inside an assertion that expects it to throw never returns a task:
// neither check reports it. The same call outside one is reported.
#include <concurrencpp/concurrencpp.h>
#include <folly/coro/Task.h>
#include <stdexcept>

folly::coro::Task<int> fetch(int id);
concurrencpp::result<int> compute(int id) { if (id < 0) throw std::invalid_argument("negative id"); co_return id; }

template <typename Exception, typename Task> void assert_throws(Task &&task) {
  try {
    task();
  } catch (const Exception &) {
  }
}
template <typename Exception, typename Task>
void assert_throws_with_error_message(Task &&task, const char *message) {
  assert_throws<Exception>(task);
  (void)message;
}
template <typename Task> void run(Task &&task) { task(); }

// gtest and Catch2 shapes: the statement is a macro argument, passed on to
// an inner macro.
#define EXPECT_THROW(statement, exception)                                     \
  do {                                                                         \
    try {                                                                      \
      statement;                                                               \
    } catch (const exception &) {                                              \
    }                                                                          \
  } while (false)
#define INTERNAL_CATCH_THROWS_AS(expr, exception)                              \
  do {                                                                         \
    try {                                                                      \
      static_cast<void>(expr);                                                 \
    } catch (const exception &) {                                              \
    }                                                                          \
  } while (false)
#define REQUIRE_THROWS_AS(expr, exception) INTERNAL_CATCH_THROWS_AS(expr, exception)

void negativeExpectedToThrow() {
  assert_throws<std::invalid_argument>([] { fetch(-1); });
  assert_throws<std::invalid_argument>([] { compute(-1); });
  assert_throws_with_error_message<std::invalid_argument>(
      [] {
        auto task = fetch(-1);
      },
      "negative id");
  EXPECT_THROW(fetch(-1), std::invalid_argument);
  EXPECT_THROW(compute(-1), std::invalid_argument);
  REQUIRE_THROWS_AS(fetch(-1), std::invalid_argument);
}

void positiveNotExpectedToThrow() {
  run([] { fetch(1); });
  // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: lazy task returned by 'fetch' is discarded, so its work never runs [async-discarded-task]
  // CHECK-MESSAGES: :[[@LINE-2]]:12: note: co_await it inside a coroutine, or pass it to code that starts it
  run([] { compute(1); });
  // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: eager task returned by 'compute' is discarded: it keeps running with no owner, so its errors are lost and nothing can wait for it [async-unowned-task]
  // CHECK-MESSAGES: :[[@LINE-2]]:12: note: to give it an owner, keep the 'concurrencpp::result' and 'co_await' it
}
