//===--- OwnStatementsVisitor.h - async-lint --------------------*- C++ -*-===//
//
// Walks the statements that belong to one function definition, for checks
// that look at every function, not only at coroutines.
//
//===----------------------------------------------------------------------===//

#ifndef ASYNC_LINT_CHECKS_OWNSTATEMENTSVISITOR_H
#define ASYNC_LINT_CHECKS_OWNSTATEMENTSVISITOR_H

#include "CoroutineFrameVisitor.h"
#include "TaskTypes.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/StmtCXX.h"

namespace clang::tidy::async {

/// Matches every function definition, binding it as "function": the root of
/// checks that walk each function's own statements with OwnStatementsVisitor
/// and so never ask for a statement's parents (building the parent map costs
/// a walk of the whole translation unit, headers included).
inline ast_matchers::DeclarationMatcher functionDefinition() {
  using namespace ast_matchers;
  return functionDecl(isDefinition(), unless(isImplicit())).bind("function");
}

/// A CoroutineFrameVisitor over the statements of one function definition
/// and of no other: a lambda's body and a local class's member functions are
/// definitions of their own, reached by functionDefinition() on their own, so
/// every statement is walked once per function it belongs to.
///
/// Calls, on the derived class,
/// - `discarded(const Expr &Statement, const DiscardedValue &)` for each
///   statement whose value is thrown away: in a block, a branch, a loop body
///   or a case;
/// - `declaredInBlock(const DeclStmt &)` for each declaration statement
///   directly in a block.
template <typename Derived>
class OwnStatementsVisitor : public CoroutineFrameVisitor<Derived> {
  using Base = CoroutineFrameVisitor<Derived>;

public:
  /// Walks \p F's body (the user's statements, for a coroutine) and its
  /// constructor initializers.
  void walk(const FunctionDecl &F) {
    if (const auto *Ctor = dyn_cast<CXXConstructorDecl>(&F))
      for (const CXXCtorInitializer *Init : Ctor->inits())
        if (Init->isWritten())
          Base::TraverseStmt(Init->getInit());
    Base::TraverseStmt(F.getBody());
  }

  /// Both branches of a still dependent `if constexpr` are walked: a
  /// statement there is wrong in every instantiation that keeps it.
  bool TraverseIfStmt(IfStmt *If) {
    return RecursiveASTVisitor<Derived>::TraverseIfStmt(If);
  }

  bool VisitCompoundStmt(CompoundStmt *Block) {
    for (Stmt *Child : Block->body()) {
      position(Child);
      if (const auto *Decl = dyn_cast<DeclStmt>(Child))
        derived().declaredInBlock(*Decl);
    }
    return true;
  }
  bool VisitIfStmt(IfStmt *If) {
    position(If->getThen());
    position(If->getElse());
    return true;
  }
  bool VisitForStmt(ForStmt *Loop) { return position(Loop->getBody()); }
  bool VisitCXXForRangeStmt(CXXForRangeStmt *Loop) {
    return position(Loop->getBody());
  }
  bool VisitWhileStmt(WhileStmt *Loop) { return position(Loop->getBody()); }
  bool VisitDoStmt(DoStmt *Loop) { return position(Loop->getBody()); }
  bool VisitSwitchCase(SwitchCase *Case) {
    return position(Case->getSubStmt());
  }

  void discarded(const Expr &, const DiscardedValue &) {}
  void declaredInBlock(const DeclStmt &) {}

private:
  Derived &derived() { return *static_cast<Derived *>(this); }

  /// \p S is in a position where its value, if any, is thrown away.
  bool position(const Stmt *S) {
    if (const auto *E = dyn_cast_or_null<Expr>(S))
      if (std::optional<DiscardedValue> Discarded = discardedValue(*E))
        derived().discarded(*E, *Discarded);
    return true;
  }
};

} // namespace clang::tidy::async

#endif // ASYNC_LINT_CHECKS_OWNSTATEMENTSVISITOR_H
