//===--- AwaitIndependence.h - async-lint -----------------------*- C++ -*-===//
//
// Whether awaited operations are independent of each other: what the
// async-await-in-loop and async-sequential-awaits checks share. The analysis
// is syntactic and conservative: when unsure, it answers "dependent".
//
//===----------------------------------------------------------------------===//

#ifndef ASYNC_LINT_CHECKS_AWAITINDEPENDENCE_H
#define ASYNC_LINT_CHECKS_AWAITINDEPENDENCE_H

#include "CallTargets.h"
#include "QualifiedNameSet.h"
#include "clang/AST/Expr.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/SmallPtrSet.h"
#include "llvm/ADT/SmallVector.h"

namespace clang {
class CoawaitExpr;
namespace tidy::async {

/// The variables and fields of `*this` a piece of code reads or writes.
struct DeclAccess {
  llvm::SmallPtrSet<const ValueDecl *, 8> Decls;
  /// Whether `*this` as a whole is involved (a non-const member call).
  bool ThisObject = false;

  bool intersects(const DeclAccess &Other) const;
  bool readsField() const;
};

/// Adds the variables and fields of `*this` that \p S reads.
void collectReads(const Stmt &S, DeclAccess &Reads);
/// Adds the variables and fields of `*this` that \p S may modify: assigned,
/// incremented, address taken, bound to a non-const reference, or the object
/// of a non-const member call.
void collectWrites(const Stmt &S, DeclAccess &Writes);
/// As collectWrites, without `++` and `--`: what is left when counters are
/// set aside.
void collectWritesOtherThanIncrements(const Stmt &S, DeclAccess &Writes);
/// Adds the objects an awaited call works on: its receiver (also through a
/// pointer or smart pointer), the variables it gets by pointer or reference,
/// and every argument that is not a number (an endpoint, a key, a handle).
void collectSharedObjects(const Expr &Call, DeclAccess &Objects);

/// The `co_await` expressions that run in the frame that holds \p S (not in
/// lambdas), in source order.
llvm::SmallVector<const CoawaitExpr *, 4> awaitsIn(const Stmt &S);

/// Whether \p S can leave its loop or function early: break, return,
/// co_return, goto or throw.
bool containsExit(const Stmt &S);



/// Expands a form from the RangeGatherForms or WhenAllForms lists: `$0` is
/// the awaited expression, `$[...$]` repeats once per expression.
std::string instantiateForm(llvm::StringRef Form,
                            llvm::ArrayRef<std::string> Awaited);

/// What an object that awaited operations work on is, for concurrency.
enum class ResourceKind {
  /// Plain data (a string, a container, a number): an operation that gets it
  /// by non-const reference may change it.
  Data,
  /// A class that offers asynchronous operations and is not protocol-bound
  /// (a client, a pool, a cache, a repository): it takes concurrent calls.
  Service,
  /// A resource whose concurrent operations would interleave: a socket, a
  /// stream, a file, a channel, a generator, a queue, a mutex, or a class
  /// that holds one (a connection that owns its socket).
  ProtocolBound,
  /// An executor or scheduler: awaiting it reschedules the coroutine.
  Scheduler,
};

/// Classifies awaited operations from the EagerTaskTypes,
/// SequentialOperations, SequentialTypes and SchedulerTypes lists.
class AwaitedOperations {
public:
  AwaitedOperations(llvm::StringRef EagerTypes,
                    llvm::StringRef SequentialOperations,
                    llvm::StringRef SequentialTypes = "",
                    llvm::StringRef SchedulerTypes = "");

  /// The call that \p Await starts, when the operation is created right
  /// there (`co_await fetch(url)`), rather than an operation that exists
  /// already (`co_await std::move(task)`, `co_await fut.then(...)` on an
  /// eager future): only then does nothing run while the coroutine waits.
  const CallExpr *freshOperation(const CoawaitExpr &Await) const;

  /// Whether \p S calls an operation that is sequential by nature.
  bool callsSequentialOperation(const Stmt &S) const;
  /// The calls in \p S (not in lambdas) of operations that are sequential
  /// by nature.
  llvm::SmallVector<const CallExpr *, 2> sequentialCalls(const Stmt &S) const;

  /// What an object of type \p T is (through references, pointers and smart
  /// pointers).
  ResourceKind resourceKind(QualType T) const;
  /// Whether \p Call only waits or reschedules: its receiver and arguments
  /// are schedulers, durations and time points, at least one of them.
  bool onlyReschedules(const CallExpr &Call) const;

private:
  bool isEager(QualType T) const;
  bool isAwaitable(QualType T) const;
  bool isProtocolBound(const CXXRecordDecl &Record, unsigned Depth) const;
  bool isService(const CXXRecordDecl &Record) const;
  bool inList(const QualifiedNameSet &Names,
              const CXXRecordDecl &Record) const;

  QualifiedNameSet EagerTypes;
  QualifiedNameSet Sequential;
  QualifiedNameSet SequentialTypes;
  QualifiedNameSet SchedulerTypes;
  mutable llvm::DenseMap<const CXXRecordDecl *, bool> ProtocolBoundCache;
  mutable llvm::DenseMap<const CXXRecordDecl *, bool> ServiceCache;
};

/// The object that sequential operation \p Call works on: the receiver of a
/// member call, or the first argument of a free function
/// (`async_write(stream, ...)`, `sleep(duration)`); null when there is none.
const Expr *sequentialObject(const CallExpr &Call);

/// The variable at the root of an object expression, looking through member
/// accesses, member calls (`peer->stream()`), subscripts and dereferences;
/// null for `*this` and anything else. \p Indices receives the index
/// expressions met on the way (`peers[i]->stream()`: `i`).
const ValueDecl *objectRoot(const Expr *E,
                            llvm::SmallVectorImpl<const Expr *> *Indices);

/// As collectWrites, where the receiver and reference arguments of awaited
/// calls that are services, protocol-bound resources or schedulers (see
/// AwaitedOperations::resourceKind) are shared context, not writes; with
/// \p CountIncrements false, `++` and `--` are left out too.
void collectWritesBesidesContext(const Stmt &S, const AwaitedOperations &Ops,
                                 DeclAccess &Writes,
                                 bool CountIncrements = true);

} // namespace tidy::async
} // namespace clang

#endif // ASYNC_LINT_CHECKS_AWAITINDEPENDENCE_H
