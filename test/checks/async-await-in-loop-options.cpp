// RUN: %check_async_tidy %s async-await-in-loop,async-sequential-awaits %t -config="{CheckOptions: { \
// RUN:   CoroutineTypes: '::acme::Task=acme', \
// RUN:   SequentialOperations: '::acme::sleepFor;::Feed::poll', \
// RUN:   async-await-in-loop.RangeGatherForms: 'acme=$0|co_await acme::whenAllSettled(std::move(ops))', \
// RUN:   async-sequential-awaits.WhenAllForms: 'acme=co_await acme::whenAllSettled($[$0$])'}}"

// An in-house library configured through options: its coroutine type, its
// sequential operations and its gathered forms.

#include <chrono>
#include <vector>
#include <inhouse/task.h>

using namespace std::chrono_literals;

acme::Task<int> fetch(int id);

struct Feed {
  acme::Task<int> poll(int max) const;
};

acme::Task<int> positiveLoop(std::vector<int> ids) {
  int sum = 0;
  for (int id : ids)
    sum += co_await fetch(id);
  // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: 'co_await' in a loop starts each operation only after the previous one completed, although no iteration depends on another's result [async-await-in-loop]
  // CHECK-MESSAGES: :[[@LINE-3]]:3: note: operations are awaited one at a time in this loop; collect each 'fetch(id)' into 'ops' in the loop, then await them together: 'co_await acme::whenAllSettled(std::move(ops))'
  co_return sum;
}

acme::Task<int> positivePair() {
  int a = co_await fetch(1);
  int b = co_await fetch(2);
  // CHECK-MESSAGES: :[[@LINE-1]]:11: warning: 'co_await' starts this operation only after the previous one completed, although neither depends on the other's result [async-sequential-awaits]
  // CHECK-MESSAGES: :[[@LINE-3]]:11: note: previous independent operation awaited here; await them together: 'co_await acme::whenAllSettled(fetch(1), fetch(2))'
  co_return a + b;
}

// A configured sequential operation (a const member, so only the option keeps
// it from being reported): polling is sequential by nature.
acme::Task<int> negativeConfiguredPoll(Feed feed, std::vector<int> limits) {
  int sum = 0;
  for (int max : limits)
    sum += co_await feed.poll(max);
  co_return sum;
}

acme::Task<void> negativeConfiguredSleep() {
  for (int i = 0; i < 3; ++i)
    co_await acme::sleepFor(10ms);
}
