//===--- CallTargets.h - async-lint -----------------------------*- C++ -*-===//
//
// What a call names and where, for checks that look calls up in a list.
//
//===----------------------------------------------------------------------===//

#ifndef ASYNC_LINT_CHECKS_CALLTARGETS_H
#define ASYNC_LINT_CHECKS_CALLTARGETS_H

#include "QualifiedNameSet.h"
#include "clang/AST/Type.h"
#include "clang/Basic/SourceLocation.h"
#include <optional>
#include <string>

namespace clang {
class ASTContext;
class CXXRecordDecl;
class Expr;
class NamedDecl;
namespace tidy::async {

/// The declaration a call names: the function, or for a call through a
/// customization point object (`stdexec::when_all(a, b)`), the variable.
const NamedDecl *calleeOf(const Expr &Call);

/// The class of the object a member function is called on: the static type
/// of the object itself, not of the base class subobject the member is found
/// in. Null for anything but a member call.
const CXXRecordDecl *objectClassOf(const Expr &Call);

/// The class \p T names, through a reference; null for any other type.
const CXXRecordDecl *classOf(QualType T);

/// The index of the entry of \p Names that call \p Call names, if any.
std::optional<unsigned> findCallee(const QualifiedNameSet &Names,
                                   const Expr &Call);

/// The token naming the callee of \p Call (the operator for an operator
/// call).
SourceLocation calleeNameLoc(const Expr &Call);

/// The name diagnostics use for \p D: qualified, without template arguments
/// ('std::this_thread::sleep_for', 'folly::coro::TaskWithExecutor::start').
std::string displayName(const NamedDecl &D);

/// The source text of \p E, or "" when it comes from a macro expansion.
llvm::StringRef textOf(const Expr &E, const ASTContext &Context);

} // namespace tidy::async
} // namespace clang

#endif // ASYNC_LINT_CHECKS_CALLTARGETS_H
