// RUN: %check_async_tidy %s async-all-or-nothing-wait %t

#include <exec/materialize.hpp>
#include <exec/task.hpp>
#include <stdexec/execution.hpp>
#include <exception>

void show(int);
void show(double);

// when_all is a customization point object: a call through a variable.
exec::task<void> positiveWhenAll() {
  auto [x, y] = co_await stdexec::when_all(stdexec::just(1), stdexec::just(2));
  // CHECK-MESSAGES: :[[@LINE-1]]:35: warning: 'stdexec::when_all' is all-or-nothing: if one task fails, the results of the others are discarded and they are cancelled [async-all-or-nothing-wait]
  // CHECK-MESSAGES: :[[@LINE+2]]:8: note: this result is used on its own here, so the others' would still be usable
  // CHECK-MESSAGES: :[[@LINE-3]]:35: note: wrap each child in 'stdexec::upon_error', 'stdexec::let_error' or 'exec::materialize' to keep its error as a value
  show(x);
  show(y);
}

// Discarded: not flagged.
exec::task<void> negativeDiscarded() {
  co_await stdexec::when_all_with_variant(stdexec::just(1), stdexec::just(2.0));
}

// Every child keeps its error as a value.
exec::task<void> negativeWrappedChildren() {
  auto handle = [](std::exception_ptr) { return 0; };
  auto [a, b] = co_await stdexec::when_all(
      stdexec::upon_error(stdexec::just(1), handle),
      stdexec::just(2) | stdexec::upon_error(handle));
  show(a);
  show(b);
}

// One child is not wrapped.
exec::task<void> positivePartlyWrapped() {
  auto handle = [](std::exception_ptr) { return 0; };
  auto [a, b] = co_await stdexec::when_all(stdexec::upon_error(stdexec::just(1), handle),
                                           stdexec::just(2));
  // CHECK-MESSAGES: :[[@LINE-2]]:35: warning: 'stdexec::when_all' is all-or-nothing: {{.*}}
  // CHECK-MESSAGES: :[[@LINE+2]]:8: note: this result is used on its own here, {{.*}}
  // CHECK-MESSAGES: :[[@LINE-4]]:35: note: wrap each child in {{.*}}
  show(a);
  show(b);
}
