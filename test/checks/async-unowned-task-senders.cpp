// RUN: %check_async_tidy %s async-unowned-task %t -- -Wno-unused-result -Wno-deprecated-declarations
// RUN: %check_async_tidy -check-suffix=DISCARDED %s async-discarded-task %t -- -Wno-unused-result -Wno-deprecated-declarations

// Senders that are already started (ensure_started, spawn_future): dropping
// one loses no work that never ran, so async-discarded-task stays silent and
// async-unowned-task says what is lost.

#include <exec/async_scope.hpp>
#include <exec/ensure_started.hpp>
#include <exec/task.hpp>
#include <stdexec/execution.hpp>
#include <tuple>
#include <unifex/async_scope.hpp>
#include <unifex/just.hpp>
#include <unifex/spawn_detached.hpp>
#include <unifex/spawn_future.hpp>
#include <unifex/task.hpp>

//===--- ensure_started: dropping the sender detaches the work ------------===//

void positiveEnsureStartedDiscarded() {
  exec::ensure_started(stdexec::just(1));
  // CHECK-MESSAGES: :[[@LINE-1]]:9: warning: the sender returned by 'exec::ensure_started' is discarded, but its work has already started: dropping the sender detaches the work, so its errors are lost and nothing can wait for it or cancel it [async-unowned-task]
  // CHECK-MESSAGES: :[[@LINE-2]]:9: note: to give it an owner, spawn it into a 'stdexec::counting_scope', 'stdexec::spawn(std::move(sender), scope.get_token())', and 'co_await scope.join()' before the scope ends
  (void)stdexec::ensure_started(stdexec::just(2));
  // CHECK-MESSAGES: :[[@LINE-1]]:18: warning: the sender returned by 'stdexec::ensure_started' is cast to void, but its work has already started: dropping the sender detaches the work, so its errors are lost and nothing can wait for it or cancel it [async-unowned-task]
  // CHECK-MESSAGES: :[[@LINE-2]]:18: note: to give it an owner, spawn it into a 'stdexec::counting_scope', 'stdexec::spawn(std::move(sender), scope.get_token())', and 'co_await scope.join()' before the scope ends
}

// A started sender held and never awaited: async-discarded-task's local
// variable case, with the eager wording.
exec::task<void> positiveEnsureStartedUnusedLocal() {
  auto started = exec::ensure_started(stdexec::just(3));
  // CHECK-MESSAGES-DISCARDED: :[[@LINE-1]]:8: warning: started sender 'started' is never awaited or passed on, so nothing observes its result or its errors [async-discarded-task]
  // CHECK-FIXES-DISCARDED: auto started = co_await exec::ensure_started(stdexec::just(3));
  co_return;
}

void positiveEnsureStartedLocalCastToVoid() {
  auto started = exec::ensure_started(stdexec::just(4));
  // CHECK-MESSAGES-DISCARDED: :[[@LINE-1]]:8: warning: started sender 'started' is never awaited or passed on, so nothing observes its result or its errors [async-discarded-task]
  // CHECK-MESSAGES-DISCARDED: :[[@LINE-2]]:8: note: co_await it inside a coroutine, or pass it to code that owns it
  (void)started;
}

exec::task<int> negativeEnsureStartedAwaited() {
  auto started = exec::ensure_started(stdexec::just(5));
  co_return co_await std::move(started);
}

//===--- spawn_future: dropping the future asks the work to stop ----------===//

void positiveSpawnFutureDiscarded(stdexec::counting_scope &scope) {
  stdexec::spawn_future(stdexec::just(6), scope.get_token());
  // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: the sender returned by 'stdexec::spawn_future' is discarded, but its work has already started: the work is asked to stop, and its result and errors are lost [async-unowned-task]
  // CHECK-MESSAGES: :[[@LINE-2]]:12: note: keep the sender and 'co_await' it to run the work to its end and see its result
}

void positiveScopeSpawnFutureIgnored(exec::async_scope &scope) {
  std::ignore = scope.spawn_future(stdexec::just(7));
  // CHECK-MESSAGES: :[[@LINE-1]]:23: warning: the sender returned by 'exec::async_scope::spawn_future' is assigned to 'std::ignore', but its work has already started: the work is asked to stop, and its result and errors are lost [async-unowned-task]
  // CHECK-MESSAGES: :[[@LINE-2]]:23: note: keep the sender and 'co_await' it to run the work to its end and see its result
}

void positiveUnifexSpawnFutureDiscarded(unifex::async_scope &scope) {
  unifex::spawn_future(unifex::just(8), scope);
  // CHECK-MESSAGES: :[[@LINE-1]]:11: warning: the sender returned by 'unifex::spawn_future' is discarded, but its work has already started: the work is asked to stop, and its result and errors are lost [async-unowned-task]
  // CHECK-MESSAGES: :[[@LINE-2]]:11: note: keep the sender and 'co_await' it to run the work to its end and see its result
  scope.spawn(unifex::just(9));
  // CHECK-MESSAGES: :[[@LINE-1]]:9: warning: the sender returned by 'unifex::v1::_async_scope::async_scope::spawn' is discarded, but its work has already started: the work is asked to stop, and its result and errors are lost [async-unowned-task]
  // CHECK-MESSAGES: :[[@LINE-2]]:9: note: keep the sender and 'co_await' it to run the work to its end and see its result
}

//===--- Negative: owned by a scope ---------------------------------------===//

exec::task<void> negativeCountingScope(stdexec::counting_scope &scope) {
  stdexec::spawn(stdexec::just(), scope.get_token());
  auto future = stdexec::spawn_future(stdexec::just(10), scope.get_token());
  co_await std::move(future);
  co_await scope.join();
}

void negativeSimpleCountingScope(stdexec::simple_counting_scope &scope) {
  stdexec::spawn(stdexec::just(), scope.get_token());
}

exec::task<void> negativeExecAsyncScope(exec::async_scope &scope) {
  scope.spawn(stdexec::just());
  co_await scope.spawn_future(stdexec::just(11));
  co_await scope.on_empty();
}

unifex::task<void> negativeUnifexScopes(unifex::async_scope &scope) {
  scope.detached_spawn(unifex::just());
  unifex::spawn_detached(unifex::just(), scope);
  auto future = scope.spawn(unifex::just(12));
  co_await std::move(future);
  co_await unifex::spawn_future(unifex::just(13), scope);
  co_await scope.complete();
}

// A plain sender is still lazy: async-discarded-task's business.
void positiveLazySenderStillReported() {
  stdexec::just(14);
  // CHECK-MESSAGES-DISCARDED: :[[@LINE-1]]:12: warning: lazy sender returned by 'stdexec::just' is discarded, so its work never runs [async-discarded-task]
  // CHECK-MESSAGES-DISCARDED: :[[@LINE-2]]:12: note: co_await it inside a coroutine, or pass it to code that starts it
}
