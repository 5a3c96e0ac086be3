//===--- LibraryKnowledge.h - async-lint ------------------------*- C++ -*-===//
//
// What async-lint knows about coroutine libraries, as data. Every list here is
// the default of a check option: a `;`-separated list whose entries are
// qualified names, optionally followed by `=` and a value. Checks read these
// through options; no matcher spells a library name.
//
// Library identifiers used as keys: boost-asio, asio, folly, cppcoro, libcoro,
// stdexec, unifex, seastar, concurrencpp, qcoro, async_simple.
//
//===----------------------------------------------------------------------===//

#ifndef ASYNC_LINT_CHECKS_LIBRARYKNOWLEDGE_H
#define ASYNC_LINT_CHECKS_LIBRARYKNOWLEDGE_H

#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/ADT/StringRef.h"
#include <string>
#include <utility>
#include <vector>

namespace clang::tidy::async::knowledge {

/// Coroutine return types and the library each belongs to: `type=library`.
/// A coroutine's library decides which replacement a check offers.
extern const char CoroutineTypes[];

/// Functions that block the calling thread: `name` or `name=replacement`,
/// where the replacement is shown in a note.
extern const char BlockingFunctions[];

/// Thread sleeps, which every library with a timer can replace.
extern const char SleepFunctions[];
/// Per library, the awaitable sleep that replaces a thread sleep as a fix-it;
/// `$0` stands for the duration argument. `library=expression`.
extern const char SleepReplacements[];
/// Per library, the headers that the sleep replacement needs:
/// `library=<header>,<header>`.
extern const char SleepHeaders[];
/// Per library, an awaitable sleep that needs an object the check cannot
/// name (a scheduler, an executor): shown in a note only.
extern const char SleepHints[];

/// Functions that run an awaitable to completion on the calling thread:
/// `name` or `name=library`, where `co_await $0` is an exact replacement
/// inside a coroutine of that library.
extern const char SyncWaitFunctions[];

/// Raw POSIX I/O that blocks unless its descriptor is non-blocking, and the
/// blocking file stream constructors.
extern const char PosixIOFunctions[];
/// Identifiers whose presence shows that a descriptor is non-blocking.
extern const char NonBlockingMarkers[];

/// Member functions that ask whether a result or future is ready: a blocking
/// wait on an object the code asked this about before returns at once.
extern const char ReadinessQueries[];
/// Functions whose awaited result holds completed results only (every
/// element of `co_await when_all(...)` is done).
extern const char CompletedResultSources[];
/// Stream and stream buffer types over memory: reading them does no I/O.
extern const char InMemoryStreams[];
/// Raw writes that cannot block when they write a few bytes (a wake-up
/// pipe or eventfd): `write(fd, &one, sizeof one)`.
extern const char WakeUpWriteFunctions[];
/// Functions whose awaited result resumes the coroutine on the executor
/// given as their first argument.
extern const char ExecutorHops[];
/// Per library, where blocking I/O belongs instead: `library=text`, shown in
/// a note; `default` for coroutines of no known library.
extern const char BlockingIOHints[];

/// Mutex locks: blocking, but usually short; off by default.
extern const char MutexFunctions[];

/// Functions that run a function argument elsewhere (another thread, an
/// executor): a lambda handed to them is not part of the caller's chain of
/// blocking calls.
extern const char OffloadFunctions[];

/// Synchronous operations with a mechanical awaitable form:
/// `name=async_name`. `obj.name(args)` becomes
/// `co_await obj.async_name(args, token)` with the token of the coroutine's
/// library (AwaitableTokens).
extern const char AwaitableOperations[];
/// Per library, the completion token that makes an operation awaitable:
/// `library=token`. The operation must be in the token's namespace.
extern const char AwaitableTokens[];
/// Per library, the header that declares its completion token:
/// `library=<header>`.
extern const char AwaitableTokenHeaders[];
/// Awaitable types that start running when created (eager): awaiting one
/// that already exists does not delay its start.
extern const char EagerTaskTypes[];
/// Operations that are sequential by nature (reading a stream, accepting on
/// an acceptor, popping a queue, sleeping, waiting on a timer): awaiting them
/// one after another is the protocol, not a missed chance for concurrency.
/// Names without a leading `::` match in any scope, members included.
extern const char SequentialOperations[];
/// Types whose objects are protocol-bound resources: concurrent operations
/// on one object would interleave (a socket, a stream, a file, a channel, a
/// generator, a queue). A class that holds one as a field is one too.
extern const char SequentialTypes[];
/// Executors and schedulers: an awaited operation whose only inputs are
/// these, durations and time points reschedules the coroutine or waits.
extern const char SchedulerTypes[];
/// Per library, how to await a loop's operations together, with the
/// error-collecting combinator: `library=element|gather|result`, where the
/// loop collects `element` (`$0` is one iteration's awaited expression) into
/// a container `ops`, `gather` awaits them all, and `result` (optional)
/// reads one gathered result `$0`, rethrowing its error.
extern const char RangeGatherForms[];
/// Per library, the headers that the gathered form needs:
/// `library=<header>,<header>`.
extern const char RangeGatherHeaders[];
/// Per library, how to await a fixed set of operations together, with the
/// error-collecting combinator; `$[...$]` repeats once per awaited
/// expression, comma-separated, with `$0` standing for the expression.
/// `library=code`.
extern const char WhenAllForms[];
/// Task and awaitable types whose laziness is known: `type=lazy` (nothing
/// runs until it is awaited or started) or `type=eager` (already running).
/// Types not listed are classified from their promise type or sender shape.
extern const char TaskTypes[];

/// Functions whose discarded result blocks in its destructor.
extern const char BlockingFutureFunctions[];

/// Functions that start work nobody owns: `name=library` or
/// `name=library:condition`, where the condition narrows when a call is
/// unowned: `completion-token` (the last argument is a detached token or a
/// handler that ignores its exception), `result` (the returned future is
/// discarded, or the callback ignores its argument), `task-argument` (a task
/// is passed in and no task comes back).
extern const char SpawnFunctions[];
/// Calls whose returned sender is already started (eager), so dropping it
/// does not lose work that never ran: `name=library:effect`, where the
/// effect says what dropping the sender does: `detaches` (the work runs on
/// with no owner) or `stops` (a scope owns the work; dropping the future
/// asks it to stop and loses its result).
extern const char EagerSenderFactories[];
/// Completion token types that drop the result and the exception.
extern const char DetachedTokens[];
/// Member functions that attach a continuation to an eager task or future:
/// the continuation receives the result, so the task returned by the call
/// is not an unowned one when it is dropped.
extern const char ContinuationFunctions[];
/// Types that carry an error as a value: an awaited result of one of them
/// (or a tuple whose first element is one), or an awaited operation given a
/// completion token of one of them, reports its error without throwing.
extern const char InBandErrorTypes[];
extern const char ErrorRaisingFunctions[];
/// Member calls that block until an object is signalled: a dropped eager
/// task that is handed that object by reference, in a function that then
/// makes one of these calls on it, is waited for.
extern const char OwningWaits[];
/// Test assertions (functions or macros) that expect their statement or
/// callable to throw: a task dropped inside one was never meant to exist.
/// A trailing `*` matches every name that starts with the text before it.
extern const char ExpectThrowCalls[];
/// Functions whose presence in a discarded expression shows that an owner
/// tracks the work (a gate held for it).
extern const char OwningFunctions[];
/// Per library, how to own spawned work: `library=text`, shown in a note.
extern const char UnownedTaskHints[];
/// All-or-nothing combinators that have an error-collecting counterpart:
/// `name=shape|reading`, the counterpart's whole shape (`$[...$]` repeats
/// per task, `$0` the task, `$#` its number) and how to read each result
/// and error from it; an entry without `|` is advice shown as it is.
extern const char AllOrNothingCombinators[];
/// Those of the combinators above that wait for every task instead of
/// cancelling the others on the first failure.
extern const char NonCancellingCombinators[];
/// Functions whose result cannot fail: a child wrapped in one of them keeps
/// its error as a value.
extern const char NoThrowWrappers[];

/// Combinators that start every task of a range at once:
/// `name=limited form`, the limited form shown in a note.
extern const char FanOutCombinators[];
/// Calls that acquire a concurrency limiter (a semaphore permit).
extern const char Limiters[];
/// Functions that take a range and start one task per element at once:
/// `name=limited form`, the limited form shown in a note. A class name
/// stands for its constructors (an awaitable built from the range).
extern const char RangeFanOutFunctions[];
/// Functions that return how many tasks an executor runs at once: a task
/// count taken from them is bounded.
extern const char ConcurrencyLevelFunctions[];

/// Operations that wait for a time to pass (timers, sleeps, deadlines): a
/// task awaiting one in a gather is a timeout or a watchdog. Names without
/// a leading `::` match in any scope, members included.
extern const char TimerOperations[];
/// Types that carry an error as a value: a task whose result is one of them
/// (or a tuple or pair that starts with one, as Asio's `as_tuple` gives)
/// reports its failure in its result rather than by throwing.
extern const char ErrorValueTypes[];
/// Assertion macros of test frameworks: a result read only inside them is
/// checked, not used. `*` matches any characters.
extern const char AssertionMacros[];
/// Names that not every supported version declares, and the spelling to use
/// in a translation unit that lacks them: `name=fallback`.
extern const char SpellingFallbacks[];

/// Per library, how to await a loop's operations together with a bound on
/// how many run at once: `library=text`, the advice shown in a note when the
/// loop's trip count comes from the input; `$0` is one iteration's awaited
/// expression, `<...>` marks what the user must fill in.
extern const char BoundedRangeGatherForms[];

/// Functions that give up the thread's time slice but do not suspend a
/// coroutine.
extern const char ThreadYieldFunctions[];
/// Atomic types, whose objects are shared state that another thread changes.
extern const char AtomicTypes[];
/// Per library, an expression that suspends the coroutine and resumes it on
/// the same executor: `library=expression`.
extern const char YieldPoints[];

/// A parsed `key=value` entry; Value is empty when the entry has no `=`.
struct Entry {
  llvm::StringRef Key;
  llvm::StringRef Value;
};

/// Parses a `;`-separated list of `key` / `key=value` entries. Whitespace
/// around keys and values is ignored, empty entries are skipped.
std::vector<Entry> parseEntries(llvm::StringRef List);

/// The keys of a parsed list, for QualifiedNameSet.
std::vector<llvm::StringRef> keysOf(llvm::ArrayRef<Entry> Entries);

/// The keys of a list whose values do not matter: its names.
std::vector<llvm::StringRef> namesIn(llvm::StringRef List);

/// A `library=value` list as a map.
llvm::StringMap<std::string> parseLibraryMap(llvm::StringRef List);

} // namespace clang::tidy::async::knowledge

#endif // ASYNC_LINT_CHECKS_LIBRARYKNOWLEDGE_H
