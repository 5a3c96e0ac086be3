//===--- CoroutineFrameVisitor.h - async-lint -------------------*- C++ -*-===//
//
// Walks the code that runs in a coroutine's own frame.
//
//===----------------------------------------------------------------------===//

#ifndef ASYNC_LINT_CHECKS_COROUTINEFRAMEVISITOR_H
#define ASYNC_LINT_CHECKS_COROUTINEFRAMEVISITOR_H

#include "clang/AST/RecursiveASTVisitor.h"

namespace clang::tidy::async {

/// A RecursiveASTVisitor over a coroutine's body that sees only what runs in
/// the coroutine itself, on its executor:
/// - a lambda's captures are evaluated here, its body is not (it runs where
///   it is called, which may be another thread);
/// - local classes, unevaluated operands (sizeof, decltype, noexcept,
///   requires) and the branches of an `if constexpr` whose condition is still
///   dependent (each instantiation keeps only one) are skipped.
/// It also tracks whether the walk is inside a catch handler, where
/// `co_await` is ill-formed.
template <typename Derived>
class CoroutineFrameVisitor : public RecursiveASTVisitor<Derived> {
  using Base = RecursiveASTVisitor<Derived>;

public:
  bool TraverseLambdaExpr(LambdaExpr *Lambda) {
    for (Expr *Init : Lambda->capture_inits())
      if (Init && !Base::TraverseStmt(Init))
        return false;
    return true;
  }
  bool TraverseCXXRecordDecl(CXXRecordDecl *) { return true; }
  bool TraverseBlockExpr(BlockExpr *) { return true; }
  bool TraverseUnaryExprOrTypeTraitExpr(UnaryExprOrTypeTraitExpr *) {
    return true;
  }
  bool TraverseCXXNoexceptExpr(CXXNoexceptExpr *) { return true; }
  bool TraverseRequiresExpr(RequiresExpr *) { return true; }
  // LLVM 19 calls TraverseXTypeLoc(TL), LLVM 22 TraverseXTypeLoc(TL,
  // TraverseQualifier): both forms, so each version finds its own.
  bool TraverseDecltypeTypeLoc(DecltypeTypeLoc) { return true; }
  bool TraverseDecltypeTypeLoc(DecltypeTypeLoc, bool) { return true; }
  bool TraverseTypeOfExprTypeLoc(TypeOfExprTypeLoc) { return true; }
  bool TraverseTypeOfExprTypeLoc(TypeOfExprTypeLoc, bool) { return true; }
  bool TraverseCXXTypeidExpr(CXXTypeidExpr *Typeid) {
    return Typeid->isPotentiallyEvaluated() ? Base::TraverseCXXTypeidExpr(Typeid)
                                            : true;
  }

  bool TraverseIfStmt(IfStmt *If) {
    const Expr *Cond = If->getCond();
    if (!If->isConstexpr() || !Cond || !Cond->isValueDependent())
      return Base::TraverseIfStmt(If);
    return (!If->getInit() || Base::TraverseStmt(If->getInit())) &&
           Base::TraverseStmt(If->getCond());
  }

  bool TraverseCXXCatchStmt(CXXCatchStmt *Catch) {
    ++CatchDepth;
    bool Continue = Base::TraverseCXXCatchStmt(Catch);
    --CatchDepth;
    return Continue;
  }

protected:
  /// Whether the node being visited is inside a catch handler.
  bool inCatchHandler() const { return CatchDepth > 0; }

private:
  unsigned CatchDepth = 0;
};

} // namespace clang::tidy::async

#endif // ASYNC_LINT_CHECKS_COROUTINEFRAMEVISITOR_H
