//===--- ErrorEscape.h - async-lint -----------------------------*- C++ -*-===//
//
// Whether an error can leave a function's own statements: what a spawn that
// drops its task's exception would lose.
//
//===----------------------------------------------------------------------===//

#ifndef ASYNC_LINT_CHECKS_ERRORESCAPE_H
#define ASYNC_LINT_CHECKS_ERRORESCAPE_H

#include "QualifiedNameSet.h"
#include "clang/AST/Decl.h"
#include "clang/Basic/SourceManager.h"
#include "llvm/ADT/DenseMap.h"

namespace clang::tidy::async {

/// Decides whether an error can leave a function. The errors that count are
/// those of the operations it awaits and those it throws; each counts only
/// outside a try block whose handlers catch everything (`...` or
/// `std::exception`):
///  - a `throw`;
///  - an await whose operation reports its error by exception, not as a
///    value (an error code, Asio's `as_tuple` or `redirect_error`). Awaiting
///    a coroutine whose definition is visible lets out what that coroutine
///    lets out; one defined in another file may fail;
///  - a call of a library operation that reports its error by exception:
///    the throwing form of an operation that also has an error-code form
///    (`sock.remote_endpoint()` beside `sock.remote_endpoint(ec)`), or one
///    whose body turns an error code into an exception through one of
///    ErrorRaisingFunctions (Asio's `throw_error`);
///  - a call of a function of the project (not of a system header) whose
///    visible body lets an error out by these rules.
/// Other calls are taken not to fail: the exception every call may raise is
/// resource exhaustion, which no spawn is expected to report.
class ErrorEscape {
public:
  ErrorEscape(const QualifiedNameSet &InBandErrorTypes,
              const QualifiedNameSet &ErrorRaisingFunctions,
              const SourceManager &SM)
      : InBandErrorTypes(InBandErrorTypes),
        ErrorRaisingFunctions(ErrorRaisingFunctions), SM(SM) {}

  /// Whether an error can leave \p Definition, a function or coroutine
  /// definition.
  bool escapes(const FunctionDecl &Definition);

  /// Whether calling \p F may report a failure by exception.
  bool callFails(const FunctionDecl &F);

  /// Whether \p T is an error type that reports a failure as a value.
  bool isInBandErrorType(QualType T) const;

  /// The coroutine definition that calling \p F runs, if it is visible.
  static const FunctionDecl *coroutineDefinition(const FunctionDecl &F);

private:
  bool hasErrorCodeForm(const FunctionDecl &F) const;
  bool raisesLibraryError(const FunctionDecl &F);
  bool isProjectFunction(const FunctionDecl &F) const;

  const QualifiedNameSet &InBandErrorTypes;
  const QualifiedNameSet &ErrorRaisingFunctions;
  const SourceManager &SM;
  /// Each function is analysed once; one in progress (recursion) is taken
  /// not to let an error out, its other statements decide.
  llvm::DenseMap<const FunctionDecl *, bool> Escapes;
  llvm::DenseMap<const FunctionDecl *, bool> RaisesLibraryError;
  unsigned Depth = 0;
};

} // namespace clang::tidy::async

#endif // ASYNC_LINT_CHECKS_ERRORESCAPE_H
