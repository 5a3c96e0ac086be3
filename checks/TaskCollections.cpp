//===--- TaskCollections.cpp - async-lint ---------------------------------===//

#include "TaskCollections.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/DeclTemplate.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/StmtCXX.h"

namespace clang::tidy::async {

std::optional<uint64_t> fixedSizeOf(QualType T, const ASTContext &Context) {
  if (T.isNull())
    return std::nullopt;
  T = T.getNonReferenceType();
  if (const auto *Array = Context.getAsConstantArrayType(T))
    return Array->getZExtSize();
  const auto *Spec = dyn_cast_or_null<ClassTemplateSpecializationDecl>(
      T->getAsCXXRecordDecl());
  if (!Spec || !Spec->isInStdNamespace() || Spec->getName() != "array" ||
      Spec->getTemplateArgs().size() != 2 ||
      Spec->getTemplateArgs()[1].getKind() != TemplateArgument::Integral)
    return std::nullopt;
  return Spec->getTemplateArgs()[1].getAsIntegral().getZExtValue();
}

const Expr *forLoopBound(const Stmt &Loop) {
  const auto *For = dyn_cast<ForStmt>(&Loop);
  const auto *Cond =
      For ? dyn_cast_or_null<BinaryOperator>(For->getCond()) : nullptr;
  if (!Cond || (Cond->getOpcode() != BO_LT && Cond->getOpcode() != BO_LE &&
                Cond->getOpcode() != BO_NE))
    return nullptr;
  return Cond->getRHS();
}

std::optional<uint64_t> constantTripCount(const Stmt &Loop,
                                          const ASTContext &Context) {
  if (const auto *RangeFor = dyn_cast<CXXForRangeStmt>(&Loop)) {
    const Expr *Range = RangeFor->getRangeInit();
    if (!Range)
      return std::nullopt;
    Range = Range->IgnoreImplicit();
    if (const auto *Std = dyn_cast<CXXStdInitializerListExpr>(Range))
      Range = Std->getSubExpr()->IgnoreImplicit();
    if (const auto *List = dyn_cast<InitListExpr>(Range))
      return List->getNumInits();
    return fixedSizeOf(Range->getType(), Context);
  }
  const Expr *Bound = forLoopBound(Loop);
  if (!Bound || Bound->isValueDependent())
    return std::nullopt;
  std::optional<llvm::APSInt> Value = Bound->getIntegerConstantExpr(Context);
  if (!Value || Value->isNegative())
    return std::nullopt;
  // Counting from a constant, or from a variable's constant initializer.
  const auto *For = cast<ForStmt>(&Loop);
  if (const auto *Init = dyn_cast_or_null<DeclStmt>(For->getInit()))
    if (Init->isSingleDecl())
      if (const auto *Var = dyn_cast<VarDecl>(Init->getSingleDecl()))
        if (Var->getInit() && !Var->getInit()->isValueDependent() &&
            !Var->getInit()->getIntegerConstantExpr(Context))
          return std::nullopt;
  const auto *Cond = cast<BinaryOperator>(For->getCond());
  return Value->getZExtValue() + (Cond->getOpcode() == BO_LE);
}

} // namespace clang::tidy::async
