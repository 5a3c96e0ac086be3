//===--- TaskTypes.h - async-lint -------------------------------*- C++ -*-===//
//
// Which types are tasks, lazy or eager, and where a statement throws a value
// away: the shared knowledge of async-discarded-task and async-unowned-task.
//
//===----------------------------------------------------------------------===//

#ifndef ASYNC_LINT_CHECKS_TASKTYPES_H
#define ASYNC_LINT_CHECKS_TASKTYPES_H

#include "CallTargets.h"
#include "CoroutineAnalysis.h"
#include "QualifiedNameSet.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/DenseSet.h"
#include "llvm/ADT/StringMap.h"

namespace clang {
class CallExpr;
class CXXRecordDecl;
class Expr;
class LangOptions;
class SourceManager;
namespace tidy::async {

enum class TaskKind {
  None,  ///< not a task
  Lazy,  ///< nothing runs until it is awaited or started
  Eager, ///< already running; the object only observes the result
};

struct TaskType {
  TaskKind Kind = TaskKind::None;
  bool Sender = false;     ///< a sender rather than a coroutine type
  llvm::StringRef Library; ///< "" when unknown
  const Decl *Family = nullptr; ///< the class template, or the class

  explicit operator bool() const { return Kind != TaskKind::None; }
};

/// Classifies types as lazy or eager tasks: first from a `type=lazy|eager`
/// list (the TaskTypes option), then from the type itself: an awaitable
/// coroutine type (a member `operator co_await`, or the awaiter trio) whose
/// promise's initial_suspend() never resumes at once is lazy, and so is a
/// sender (stdexec's `sender_concept`/`is_sender`, unifex's `sends_done`).
/// A type with a promise that cannot be awaited (a generator, or an iterator
/// that names its generator's promise) is a range, not a task.
/// An unlisted eager type is not a task here: a coroutine type that starts
/// at once and owns itself is what fire-and-forget types look like.
class TaskTypes {
public:
  TaskTypes(llvm::StringRef TypeList, const CoroutineLibraries &Libraries);

  TaskType classify(QualType T) const;
  /// Whether \p Coroutine can `co_await` \p Task as it is: they belong to
  /// the same library, or are the same class template.
  bool sameFamily(const TaskType &Task, const FunctionDecl &Coroutine) const;

private:
  TaskType classifyRecord(const CXXRecordDecl &Record) const;

  std::vector<knowledge::Entry> Entries;
  QualifiedNameSet Known;
  const CoroutineLibraries &Libraries;
  mutable llvm::DenseMap<const CXXRecordDecl *, TaskType> Cache;
};

/// Calls whose returned sender is already started, from a
/// `name=library:effect` list (the EagerSenderFactories option): dropping
/// such a sender loses no work that never ran, but the running work's
/// result, and either its owner (`detaches`) or the work itself (`stops`).
class EagerSenderFactories {
public:
  struct Factory {
    llvm::StringRef Library;
    bool Detaches; ///< else dropping the sender asks the work to stop
  };

  explicit EagerSenderFactories(llvm::StringRef List);
  /// The factory that call \p E (implicit nodes aside) names, if any.
  std::optional<Factory> find(const Expr &E) const;

private:
  std::vector<knowledge::Entry> Entries;
  QualifiedNameSet Names;
};

/// Test assertions, functions or macros, that expect their statement or
/// callable to throw (the ExpectThrowCalls option: names, a trailing `*`
/// matching every name with that prefix). A task created there was never
/// meant to exist: the call throws before it returns one.
class ExpectThrowCalls {
public:
  explicit ExpectThrowCalls(llvm::StringRef List);

  /// Whether \p Call calls one of the functions.
  bool isCallOf(const CallExpr &Call) const;
  /// Whether \p Loc is written in an argument of one of the macros.
  bool inMacroArgument(SourceLocation Loc, const SourceManager &SM,
                       const LangOptions &LangOpts) const;
  /// Records the call operators of the lambdas \p Call passes to one of the
  /// functions, in \p Expecting.
  void collectLambdas(const CallExpr &Call,
                      llvm::DenseSet<const FunctionDecl *> &Expecting) const;

private:
  bool matches(llvm::StringRef Name) const;
  llvm::StringMap<bool> Names;
  std::vector<std::string> Prefixes;
};

/// The function whose statements are walked, as a lambda passed to an
/// expect-throw call records it: a generic lambda's instantiation maps to its
/// pattern.
const FunctionDecl &expectThrowKey(const FunctionDecl &F);

/// How a statement throws a value away.
enum class DiscardForm { Statement, VoidCast, StdIgnore };

struct DiscardedValue {
  const Expr *Value; ///< without implicit nodes and parentheses
  DiscardForm Form;
};

/// The value that expression statement \p E discards, if any.
std::optional<DiscardedValue> discardedValue(const Expr &E);

} // namespace tidy::async
} // namespace clang

#endif // ASYNC_LINT_CHECKS_TASKTYPES_H
