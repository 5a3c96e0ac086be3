// RUN: %check_async_tidy %s async-all-or-nothing-wait %t

#include <exec/materialize.hpp>
#include <exec/task.hpp>
#include <stdexec/execution.hpp>
#include <exception>

// when_all is a customization point object: a call through a variable.
exec::task<void> positiveWhenAll() {
  auto [x, y] = co_await stdexec::when_all(stdexec::just(1), stdexec::just(2));
  // CHECK-MESSAGES: :[[@LINE-1]]:35: warning: 'stdexec::when_all' is all-or-nothing: if one task fails, the results of the others are discarded and they are cancelled [async-all-or-nothing-wait]
  // CHECK-MESSAGES: :[[@LINE-2]]:35: note: wrap each child in 'stdexec::upon_error', 'stdexec::let_error' or 'exec::materialize' to keep its error as a value
  co_await stdexec::when_all_with_variant(stdexec::just(1), stdexec::just(2.0));
  // CHECK-MESSAGES: :[[@LINE-1]]:21: warning: 'stdexec::when_all_with_variant' is all-or-nothing: if one task fails, the results of the others are discarded and they are cancelled [async-all-or-nothing-wait]
  // CHECK-MESSAGES: :[[@LINE-2]]:21: note: wrap each child in 'stdexec::upon_error', 'stdexec::let_error' or 'exec::materialize' to keep its error as a value
}

// Every child keeps its error as a value.
exec::task<void> negativeWrappedChildren() {
  auto handle = [](std::exception_ptr) { return 0; };
  co_await stdexec::when_all(
      stdexec::upon_error(stdexec::just(1), handle),
      stdexec::just(2) | stdexec::upon_error(handle));
  co_await stdexec::when_all(exec::materialize(stdexec::just(1)),
                             exec::materialize(stdexec::just(2)));
}

// One child is not wrapped.
exec::task<void> positivePartlyWrapped() {
  auto handle = [](std::exception_ptr) { return 0; };
  co_await stdexec::when_all(stdexec::upon_error(stdexec::just(1), handle),
                             stdexec::just(2));
  // CHECK-MESSAGES: :[[@LINE-2]]:21: warning: 'stdexec::when_all' is all-or-nothing: if one task fails, the results of the others are discarded and they are cancelled [async-all-or-nothing-wait]
  // CHECK-MESSAGES: :[[@LINE-3]]:21: note: wrap each child in 'stdexec::upon_error', 'stdexec::let_error' or 'exec::materialize' to keep its error as a value
}
