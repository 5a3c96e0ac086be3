//===--- LibraryKnowledge.h - async-lint ------------------------*- C++ -*-===//
//
// What async-lint knows about coroutine libraries, as data. Every list here is
// the default of a check option: a `;`-separated list whose entries are
// qualified names, optionally followed by `=` and a value. Checks read these
// through options; no matcher spells a library name.
//
// Library identifiers used as keys: boost-asio, asio, folly, cppcoro, libcoro,
// stdexec, unifex, seastar, concurrencpp, qcoro.
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
/// Functions whose presence in a discarded expression shows that an owner
/// tracks the work (a gate held for it).
extern const char OwningFunctions[];
/// Per library, how to own spawned work: `library=text`, shown in a note.
extern const char UnownedTaskHints[];
/// All-or-nothing combinators that have an error-collecting counterpart:
/// `name=replacement`. A replacement that is an identifier renames the
/// callee; one with `$0`, `$1` rewrites the call from its arguments' text;
/// any other text is advice shown in a note.
extern const char AllOrNothingCombinators[];
/// The headers that each combinator's counterpart needs:
/// `name=<header>,<header>`, with the names of AllOrNothingCombinators.
extern const char AllOrNothingHeaders[];
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
