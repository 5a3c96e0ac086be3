// RUN: %check_async_tidy %s async-all-or-nothing-wait %t

#include <unifex/just.hpp>
#include <unifex/materialize.hpp>
#include <unifex/task.hpp>
#include <unifex/when_all.hpp>
#include <unifex/when_all_range.hpp>
#include <vector>

void show(int);

unifex::task<void> positiveWhenAllRange(std::vector<decltype(unifex::just(1))> senders) {
  auto values = co_await unifex::when_all_range(std::move(senders));
  // CHECK-MESSAGES: :[[@LINE-1]]:34: warning: 'unifex::when_all_range' is all-or-nothing: if one task fails, the results of the others are discarded and they are cancelled [async-all-or-nothing-wait]
  // CHECK-MESSAGES: :[[@LINE+2]]:3: note: the results are used one by one here, so the others' would still be usable
  // CHECK-MESSAGES: :[[@LINE-3]]:34: note: wrap each child in 'unifex::upon_error', 'unifex::let_error' or 'unifex::materialize' to keep its error as a value
  for (int value : values)
    show(value);
}

// Discarded: not flagged.
unifex::task<void> negativeDiscarded() {
  co_await unifex::when_all(unifex::just(1), unifex::just(2));
}

unifex::task<void> negativeMaterialized() {
  auto [a, b] = co_await unifex::when_all(unifex::materialize(unifex::just(1)),
                                          unifex::materialize(unifex::just(2)));
  (void)a;
  (void)b;
}
