//===--- NonBlockingDescriptor.h - async-lint -------------------*- C++ -*-===//
//
// Event-loop code reads and writes raw descriptors that it made non-blocking;
// those calls do not block. This finds the evidence in the code.
//
//===----------------------------------------------------------------------===//

#ifndef ASYNC_LINT_CHECKS_NONBLOCKINGDESCRIPTOR_H
#define ASYNC_LINT_CHECKS_NONBLOCKINGDESCRIPTOR_H

#include "clang/Basic/LangOptions.h"
#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/StringRef.h"

namespace clang {
class ASTContext;
class CallExpr;
class Stmt;
namespace tidy::async {

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

} // namespace tidy::async
} // namespace clang

#endif // ASYNC_LINT_CHECKS_NONBLOCKINGDESCRIPTOR_H
