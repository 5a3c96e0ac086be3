// RUN: %check_async_tidy %s async-all-or-nothing-wait %t

#include <unifex/just.hpp>
#include <unifex/materialize.hpp>
#include <unifex/task.hpp>
#include <unifex/when_all.hpp>
#include <unifex/when_all_range.hpp>
#include <vector>

unifex::task<void> positiveWhenAll() {
  co_await unifex::when_all(unifex::just(1), unifex::just(2));
  // CHECK-MESSAGES: :[[@LINE-1]]:20: warning: 'unifex::when_all' is all-or-nothing: if one task fails, the results of the others are discarded and they are cancelled [async-all-or-nothing-wait]
  // CHECK-MESSAGES: :[[@LINE-2]]:20: note: wrap each child in 'unifex::upon_error', 'unifex::let_error' or 'unifex::materialize' to keep its error as a value
  co_await unifex::when_all_range(std::vector{unifex::just(1), unifex::just(2)});
  // CHECK-MESSAGES: :[[@LINE-1]]:20: warning: 'unifex::when_all_range' is all-or-nothing: if one task fails, the results of the others are discarded and they are cancelled [async-all-or-nothing-wait]
  // CHECK-MESSAGES: :[[@LINE-2]]:20: note: wrap each child in 'unifex::upon_error', 'unifex::let_error' or 'unifex::materialize' to keep its error as a value
}

unifex::task<void> negativeMaterialized() {
  co_await unifex::when_all(unifex::materialize(unifex::just(1)),
                            unifex::materialize(unifex::just(2)));
}
