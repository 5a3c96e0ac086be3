//===--- ExprUnwrap.cpp - async-lint --------------------------------------===//

#include "ExprUnwrap.h"
#include "clang/AST/ExprCXX.h"

namespace clang::tidy::async {

const Expr *withoutImplicit(const Expr *E) {
  for (const Expr *Previous = nullptr; E != Previous;) {
    Previous = E;
    E = E->IgnoreImplicit()->IgnoreParens();
  }
  return E;
}

const Expr *withoutCopy(const Expr *E) {
  E = E->IgnoreImplicit()->IgnoreParens();
  if (const auto *Construct = dyn_cast<CXXConstructExpr>(E))
    if (Construct->getNumArgs() == 1)
      E = Construct->getArg(0)->IgnoreImplicit()->IgnoreParens();
  return E;
}

} // namespace clang::tidy::async
