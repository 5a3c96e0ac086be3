// RUN: %check_async_tidy %s async-blocking-call-in-coroutine %t

// A blocking call reached only on a path that ends the program (exit, abort,
// terminate, a [[noreturn]] call) or leaves the function by an exception
// does not make the function blocking: a logger that prints a stack trace
// before exiting, an assertion that gathers context before it throws.

#include <cstdio>
#include <cstdlib>
#include <exception>
#include <stdexcept>
#include <unistd.h>
#include <inhouse/task.h>

enum class Severity { Info, Critical };

void printStackTrace() {
  FILE *Pipe = popen("gdb -batch -p 1", "r");
  pclose(Pipe);
}

// The stack trace is printed only for a critical record, just before exit.
void logWrite(Severity Level, const char *Message) {
  if (Level == Severity::Critical) {
    printStackTrace();
    std::exit(1);
  }
  (void)Message;
}

acme::Task<void> negativeLogStatement() {
  logWrite(Severity::Info, "started");
  co_return;
}

// A test framework's assertion reads the process state only when it fails,
// and then throws.
struct AssertionFailure {};
void checkTrue(bool Ok) {
  if (!Ok) {
    sleep(1);
    throw AssertionFailure{};
  }
}

acme::Task<void> negativeAssertion(bool Ok) {
  checkTrue(Ok);
  co_return;
}

// Through a [[noreturn]] function: everything it does is on its way out.
[[noreturn]] void fail(const char *What) {
  usleep(10);
  throw std::runtime_error(What);
}
void require(bool Ok) {
  if (!Ok)
    fail("requirement");
}

acme::Task<void> negativeNoreturnHelper(bool Ok) {
  require(Ok);
  co_return;
}

// A handler that rethrows.
void mayThrow();
void logAndRethrow() {
  try {
    mayThrow();
  } catch (...) {
    sleep(1);
    throw;
  }
}

acme::Task<void> negativeRethrowingHandler() {
  logAndRethrow();
  co_return;
}

// The conditional operator of an assertion macro.
#define ASSERT_OR_DIE(cond) ((cond) ? (void)0 : (printStackTrace(), std::abort()))
void checkInvariant(int Value) { ASSERT_OR_DIE(Value > 0); }

acme::Task<void> negativeAssertionMacro() {
  checkInvariant(1);
  co_return;
}

// In the coroutine itself.
acme::Task<void> negativeAbortPath(bool Broken) {
  if (Broken) {
    sleep(1);
    std::terminate();
  }
  co_return;
}

// The true twins: the same blocking calls on paths that go on.

// A branch on a severity that does not end the program blocks.
void logWriteWithTrace(Severity Level) {
  if (Level == Severity::Critical)
    printStackTrace();
}

acme::Task<void> positiveSeverityBranchThatContinues() {
  logWriteWithTrace(Severity::Info);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: call to 'logWriteWithTrace' inside coroutine 'positiveSeverityBranchThatContinues' blocks in 'popen' and stalls every task on its executor [async-blocking-call-in-coroutine]
  co_return;
}

// A throw caught in the same function is ordinary control flow.
void retryQuietly(bool Ok) {
  try {
    if (!Ok) {
      sleep(1);
      throw AssertionFailure{};
    }
  } catch (const AssertionFailure &) {
  }
}

acme::Task<void> positiveThrowCaughtInside(bool Ok) {
  retryQuietly(Ok);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: call to 'retryQuietly' inside coroutine 'positiveThrowCaughtInside' blocks in 'sleep' and stalls every task on its executor [async-blocking-call-in-coroutine]
  co_return;
}

// A handler that swallows the error and goes on.
void logAndContinue() {
  try {
    mayThrow();
  } catch (...) {
    sleep(1);
  }
}

acme::Task<void> positiveSwallowingHandler() {
  logAndContinue();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: call to 'logAndContinue' inside coroutine 'positiveSwallowingHandler' blocks in 'sleep' and stalls every task on its executor [async-blocking-call-in-coroutine]
  co_return;
}

// Blocking before the check that may abort runs on every path.
acme::Task<void> positiveBlockingBeforeAbort(bool Broken) {
  sleep(1);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking call to 'sleep' inside coroutine 'positiveBlockingBeforeAbort' stalls every task on its executor [async-blocking-call-in-coroutine]
  if (Broken)
    std::abort();
  co_return;
}

// A loop that never ends is not a path out of the program.
acme::Task<void> positiveServerLoop() {
  for (;;) {
    sleep(1);
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: blocking call to 'sleep' inside coroutine 'positiveServerLoop' stalls every task on its executor [async-blocking-call-in-coroutine]
    co_await acme::sleepFor(std::chrono::milliseconds(1));
  }
}
