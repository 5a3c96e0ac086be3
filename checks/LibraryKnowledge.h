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

/// All-or-nothing combinators that have an error-collecting counterpart:
/// `name=replacement`. A replacement that is an identifier renames the
/// callee; one with `$0`, `$1` rewrites the call from its arguments' text;
/// any other text is advice shown in a note.
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

/// A `library=value` list as a map.
llvm::StringMap<std::string> parseLibraryMap(llvm::StringRef List);

} // namespace clang::tidy::async::knowledge

#endif // ASYNC_LINT_CHECKS_LIBRARYKNOWLEDGE_H
