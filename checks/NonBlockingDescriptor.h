//===--- NonBlockingDescriptor.h - async-lint -------------------*- C++ -*-===//
//
// A call on the blocking lists that the code around it shows cannot block:
// I/O on a descriptor made non-blocking or driven by the event loop, a wait
// on a result already complete, a read from memory, a wake-up write.
//
//===----------------------------------------------------------------------===//

#ifndef ASYNC_LINT_CHECKS_NONBLOCKINGDESCRIPTOR_H
#define ASYNC_LINT_CHECKS_NONBLOCKINGDESCRIPTOR_H

#include "BlockingFunctions.h"
#include "QualifiedNameSet.h"
#include "clang/Basic/LangOptions.h"
#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/StringRef.h"

namespace clang {
class ASTContext;
class CallExpr;
class Expr;
class FieldDecl;
class Stmt;
class ValueDecl;
class VarDecl;
namespace tidy::async {

/// The statements from \p Root down to \p Target, outermost first, both
/// included; empty when \p Target is not under \p Root. Costs one walk of
/// \p Root: for the few calls that are reported, never for every call.
llvm::SmallVector<const Stmt *, 16> pathTo(const Stmt &Root,
                                           const Stmt &Target);

/// The local variable or parameter that \p E is a part of: `r`,
/// `results[i]`, `std::get<0>(results)`, `any.results[any.index]`,
/// `std::move(r)`; null for anything else.
const VarDecl *variableOf(const Expr *E);

/// Whether the code shows that the descriptor of POSIX I/O call \p Call is
/// non-blocking. Evidence, looked for in \p FunctionBody (the function that
/// makes the call):
/// - a marker (O_NONBLOCK, SOCK_NONBLOCK, MSG_DONTWAIT, ...) in the call's
///   own arguments;
/// - a marker in the descriptor's initializer, in an assignment to it, or in
///   any call that takes it (`fcntl(fd, F_SETFL, O_NONBLOCK)`);
/// - a `co_await` whose operand uses the descriptor, before the call (the
///   coroutine waited for readiness).
bool descriptorShownNonBlocking(const CallExpr &Call, const Stmt &FunctionBody,
                                llvm::ArrayRef<llvm::StringRef> Markers,
                                ASTContext &Context);

/// The lists that the evidence is looked up in.
struct NonBlockingEvidenceLists {
  llvm::StringRef ReadinessQueries;       ///< `r.status()`, `f.isReady()`
  llvm::StringRef CompletedResultSources; ///< awaited, hand back done results
  llvm::StringRef InMemoryStreams;        ///< stream and buffer types
  llvm::StringRef WakeUpWriteFunctions;   ///< `::write`
  llvm::ArrayRef<llvm::StringRef> NonBlockingMarkers;
};

/// Decides whether a call on the blocking lists is shown not to block by
/// the function that makes it. One object per check; the answers about a
/// class's descriptors are cached per translation unit.
class NonBlockingEvidence {
public:
  explicit NonBlockingEvidence(const NonBlockingEvidenceLists &Lists);

  void clear() { FieldEvidence.clear(); }

  /// Whether \p Call, classified as \p Callee, does not block, judging
  /// from \p FunctionBody (the body of the function that makes the call).
  bool shownNonBlocking(const Expr &Call, const BlockingCallee &Callee,
                        const Stmt &FunctionBody, ASTContext &Context);

  /// Whether the code asked about the readiness of variable \p Var before
  /// \p Use, in \p Body: earlier in an enclosing block, in the condition of
  /// the `if` whose then-branch holds \p Use, or on the left of `&&`/`?:`.
  bool readinessQueriedBefore(const Stmt &Use, const VarDecl &Var,
                              const Stmt &Body) const;

private:
  bool descriptorNonBlocking(const CallExpr &Call, const Stmt &Body,
                             ASTContext &Context);
  /// Whether a member function of the descriptor member's class hands it to
  /// an awaitable operation (registers it with an event loop) or marks it
  /// non-blocking.
  bool fieldDrivenByEventLoop(const FieldDecl &Field, ASTContext &Context);
  bool waitsOnReadyResult(const Expr &Call, const Stmt &Body);
  bool readsMemory(const CallExpr &Call);
  bool isWakeUpWrite(const CallExpr &Call, ASTContext &Context);

  QualifiedNameSet ReadinessQueries;
  QualifiedNameSet CompletedResultSources;
  QualifiedNameSet InMemoryStreams;
  QualifiedNameSet WakeUpWrites;
  std::vector<llvm::StringRef> Markers;
  llvm::DenseMap<const FieldDecl *, bool> FieldEvidence;
};

} // namespace tidy::async
} // namespace clang

#endif // ASYNC_LINT_CHECKS_NONBLOCKINGDESCRIPTOR_H
