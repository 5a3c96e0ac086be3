//===--- BlockingSummary.h - async-lint -------------------------*- C++ -*-===//
//
// Whether an ordinary function blocks, directly or through the functions it
// calls, computed once per function and translation unit.
//
//===----------------------------------------------------------------------===//

#ifndef ASYNC_LINT_CHECKS_BLOCKINGSUMMARY_H
#define ASYNC_LINT_CHECKS_BLOCKINGSUMMARY_H

#include "BlockingFunctions.h"
#include "NonBlockingDescriptor.h"
#include "clang/Basic/SourceLocation.h"
#include "llvm/ADT/DenseMap.h"
#include <limits>
#include <memory>
#include <optional>
#include <vector>

namespace clang {
class AnnotateAttr;
class ASTContext;
class CFG;
class Decl;
class Stmt;
class CXXDestructorDecl;
class Expr;
class FunctionDecl;
class QualType;
namespace tidy::async {

/// Which code of a function runs only on the way out of it by an exception or
/// out of the program: every path from it ends in a `throw` (not caught in
/// the function) or a call that does not return (`exit`, `abort`,
/// `std::terminate`, a `[[noreturn]]` function). Built from the function's
/// CFG, once, when a blocking call in it is first asked about.
class FatalPaths {
public:
  FatalPaths(const Decl &D, const Stmt &Body, ASTContext &Context);
  ~FatalPaths();

  /// Whether every path from \p S ends the function by an exception or ends
  /// the program. False for code the CFG does not show (lambda bodies).
  bool onlyOnFatalPath(const Stmt &S) const;

private:
  std::unique_ptr<CFG> Graph;
  llvm::DenseMap<const Stmt *, unsigned> BlockOf;
  std::vector<bool> ReachesNormalExit;
  std::vector<bool> ReachesFatalEnd;
};

/// The options that shape the call-chain analysis.
struct BlockingSummaryOptions {
  llvm::StringRef OffloadFunctions; ///< run their function arguments elsewhere
  llvm::StringRef BlockingAnnotation;
  llvm::StringRef NonBlockingAnnotation;
  llvm::ArrayRef<llvm::StringRef> NonBlockingMarkers;
};

/// A place in a function's body that runs another function: a call, a
/// constructor, or an implicit destructor (of a local, a temporary, a member).
struct CallSite {
  const Expr *Call;    ///< null for an implicit destructor
  SourceLocation Loc;  ///< where a diagnostic points
  const FunctionDecl *Target; ///< the function run here, if followed
  std::optional<BlockingCallee> Direct; ///< a listed blocking call
};

/// Answers "does calling this function block the thread, and through which
/// calls?" for the functions a coroutine calls. Functions are analyzed lazily
/// (only those reached from a coroutine) and once per translation unit; the
/// answer is the shortest chain of calls down to a blocking call, so
/// recursion terminates and the cost stays linear in the code reached.
///
/// Followed: calls whose target is known (direct calls, final or qualified
/// virtual calls), constructors, implicit destructors, lambdas called in the
/// function. Not followed: coroutines (they are reported on their own),
/// functions marked non-blocking, functions that run their arguments
/// elsewhere (OffloadFunctions), bodies in system headers (library knowledge
/// comes from the lists and the marks).
class BlockingSummaries {
public:
  static constexpr unsigned Infinite = std::numeric_limits<unsigned>::max();

  BlockingSummaries(const BlockingFunctions &Blocking,
                    NonBlockingEvidence &Evidence,
                    const BlockingSummaryOptions &Options);

  /// Forgets the summaries of the previous translation unit.
  void clear();

  /// The function a call runs, if the analysis may follow it.
  const FunctionDecl *followedCallee(const Expr &Call) const;

  /// The number of calls from \p F's body down to a blocking call: 0 when
  /// \p F itself blocks (it is marked or listed), 1 when its body makes a
  /// blocking call, Infinite when it does not block.
  unsigned distance(const FunctionDecl &F, ASTContext &Context);

  /// The call \p F's chain continues with (its blocking call when
  /// distance(F) == 1). Only valid when 0 < distance(F) < Infinite.
  const CallSite &step(const FunctionDecl &F) const;

  /// The `async::blocking` mark on \p F, if any.
  const AnnotateAttr *blockingMark(const FunctionDecl &F) const;

  /// The destructor that ends an object of type \p T, if it is not trivial.
  static const CXXDestructorDecl *destructorOf(QualType T);

private:
  struct Node {
    unsigned Distance = Infinite;
    unsigned Step = 0; ///< index into Sites
    std::vector<CallSite> Sites;
    const FunctionDecl *Definition = nullptr;
    std::unique_ptr<FatalPaths> Fatal; ///< built on first need
  };
  const FunctionDecl *keyOf(const FunctionDecl &F) const;
  void explore(const FunctionDecl *Root, ASTContext &Context);
  /// Computes the distances of the nodes from index \p First on.
  void computeDistances(unsigned First, ASTContext &Context);
  /// Whether site \p S of node \p N runs only on a path that leaves by an
  /// exception or ends the program: its blocking does not make N block.
  bool onFatalPath(unsigned N, const CallSite &S, ASTContext &Context);
  /// Whether site \p S of node \p N calls a function that blocks only by
  /// waiting on a parameter, and passes a variable whose readiness N
  /// queried before the call.
  bool passesReadyResult(unsigned N, const CallSite &S);
  /// Whether \p F is a source of blocking by itself (marked or listed).
  bool blocksItself(const FunctionDecl &F) const;

  const BlockingFunctions &Blocking;
  NonBlockingEvidence &Evidence;
  QualifiedNameSet Offload;
  std::string BlockingAnnotation;
  std::string NonBlockingAnnotation;
  std::vector<llvm::StringRef> NonBlockingMarkers;

  llvm::DenseMap<const FunctionDecl *, unsigned> Index;
  std::vector<Node> Nodes;
};

/// Finds the annotation \p Text on any declaration of \p F (or of the
/// template or member it was instantiated from).
const AnnotateAttr *findAnnotation(const FunctionDecl &F, llvm::StringRef Text);

} // namespace tidy::async
} // namespace clang

#endif // ASYNC_LINT_CHECKS_BLOCKINGSUMMARY_H
