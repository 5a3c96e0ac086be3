// RUN: %check_async_tidy %s async-blocking-call-in-coroutine %t -config="{CheckOptions: { \
// RUN:   async-blocking-call-in-coroutine.MaxCallDepth: 2, \
// RUN:   async-blocking-call-in-coroutine.OffloadFunctions: '::acme::run_on_pool', \
// RUN:   async-blocking-call-in-coroutine.AdditionalBlockingFunctions: '::acme::fetch_sync=co_await acme::fetch(id)'}}"

// Chains under options: a depth limit, an in-house function that runs its
// argument elsewhere, and an in-house blocking function reached through a
// helper.

#include <boost/asio.hpp>

using boost::asio::awaitable;

namespace acme {
int fetch_sync(int id);
// Runs `work` on a pool thread (the body is a stand-in).
template <typename F> void run_on_pool(F work) { work(); }
} // namespace acme

int level1() { return acme::fetch_sync(1); }
int level2() { return level1(); }
int level3() { return level2(); }

awaitable<void> positiveWithinDepth() {
  level2();
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: call to 'level2' inside coroutine 'positiveWithinDepth' blocks in 'acme::fetch_sync' and stalls every task on its executor [async-blocking-call-in-coroutine]
  // CHECK-NOTES: :21:23: note: 'level2' calls 'level1' here
  // CHECK-NOTES: :20:29: note: 'level1' blocks in 'acme::fetch_sync' here
  co_return;
}

awaitable<void> negativeBeyondDepth() {
  level3();
  co_return;
}

awaitable<void> negativeInHouseOffload() {
  acme::run_on_pool([] { level1(); });
  co_return;
}
