//===--- ExprUnwrap.h - async-lint ------------------------------*- C++ -*-===//
//
// The expression a check means, without the nodes the AST puts around it.
//
//===----------------------------------------------------------------------===//

#ifndef ASYNC_LINT_CHECKS_EXPRUNWRAP_H
#define ASYNC_LINT_CHECKS_EXPRUNWRAP_H

namespace clang {
class Expr;
namespace tidy::async {

/// \p E without every implicit node and parenthesis around it, however they
/// nest (`((void)(f()))` in a cleanup, a temporary bound in parentheses).
const Expr *withoutImplicit(const Expr *E);

/// \p E without one layer of implicit nodes and parentheses, and without the
/// copy or move a one-argument construction makes of it: a value stored
/// (`out.push_back(co_await f())`) or a range taken by value.
const Expr *withoutCopy(const Expr *E);

} // namespace tidy::async
} // namespace clang

#endif // ASYNC_LINT_CHECKS_EXPRUNWRAP_H
