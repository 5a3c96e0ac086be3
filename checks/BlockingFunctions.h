//===--- BlockingFunctions.h - async-lint -----------------------*- C++ -*-===//
//
// Decides whether a call blocks the calling thread, from the lists in
// LibraryKnowledge (as configured through check options).
//
//===----------------------------------------------------------------------===//

#ifndef ASYNC_LINT_CHECKS_BLOCKINGFUNCTIONS_H
#define ASYNC_LINT_CHECKS_BLOCKINGFUNCTIONS_H

#include "LibraryKnowledge.h"
#include "QualifiedNameSet.h"
#include "clang/AST/Type.h"
#include <optional>

namespace clang {
class Expr;
class NamedDecl;
namespace tidy::async {

enum class BlockingKind {
  Generic,  ///< blocks; Detail is an optional replacement to suggest
  Sleep,    ///< a thread sleep; the coroutine's library has a replacement
  SyncWait, ///< runs an awaitable to completion; Detail is the library in
            ///< which `co_await` is an exact replacement, if any
  PosixIO,  ///< blocks unless the descriptor is non-blocking
  Mutex,    ///< a mutex lock
};

/// A call to a function known to block.
struct BlockingCallee {
  const NamedDecl *Callee; ///< the function, or the function object (CPO)
  BlockingKind Kind;
  llvm::StringRef Detail;
};

/// The option values that describe blocking functions.
struct BlockingFunctionLists {
  llvm::StringRef Blocking;
  llvm::StringRef AdditionalBlocking;
  llvm::StringRef Sleep;
  llvm::StringRef SyncWait;
  llvm::StringRef PosixIO; ///< empty when POSIX I/O is not checked
  llvm::StringRef Mutex;   ///< empty when mutex locks are not checked
};

/// Whether values of type \p T are awaitable: an awaiter (`await_ready`), a
/// type with a member `operator co_await`, or a coroutine type (a nested
/// `promise_type`).
bool isAwaitableType(QualType T);

class BlockingFunctions {
public:
  explicit BlockingFunctions(const BlockingFunctionLists &Lists);

  /// Whether \p Call (a CallExpr or CXXConstructExpr) calls a function known
  /// to block, and which kind of blocking it is.
  std::optional<BlockingCallee> classify(const Expr &Call) const;
  /// Whether function \p F is listed as blocking, for the calls that have no
  /// expression (implicit destructors).
  std::optional<BlockingCallee> classifyFunction(const NamedDecl &F) const;

private:
  struct Category {
    BlockingKind Kind;
    std::vector<knowledge::Entry> Entries;
    QualifiedNameSet Names;
  };
  void add(BlockingKind Kind, llvm::StringRef List);

  std::vector<Category> Categories; // in order of precedence
};

} // namespace tidy::async
} // namespace clang

#endif // ASYNC_LINT_CHECKS_BLOCKINGFUNCTIONS_H
