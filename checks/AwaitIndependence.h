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
/// Adds the objects an awaited call works on: its receiver, and the
/// variables it gets by pointer or non-const reference.
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

/// Classifies awaited operations from the EagerTaskTypes and
/// SequentialOperations lists.
class AwaitedOperations {
public:
  AwaitedOperations(llvm::StringRef EagerTypes,
                    llvm::StringRef SequentialOperations);

  /// The call that \p Await starts, when the operation is created right
  /// there (`co_await fetch(url)`), rather than an operation that exists
  /// already (`co_await std::move(task)`, `co_await fut.then(...)` on an
  /// eager future): only then does nothing run while the coroutine waits.
  const CallExpr *freshOperation(const CoawaitExpr &Await) const;

  /// Whether \p S calls an operation that is sequential by nature.
  bool callsSequentialOperation(const Stmt &S) const;

private:
  bool isEager(QualType T) const;

  QualifiedNameSet EagerTypes;
  QualifiedNameSet Sequential;
};

} // namespace tidy::async
} // namespace clang

#endif // ASYNC_LINT_CHECKS_AWAITINDEPENDENCE_H
