//===--- CallTargets.cpp - async-lint -------------------------------------===//

#include "CallTargets.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/DeclTemplate.h"
#include "clang/AST/ExprCXX.h"
#include "clang/Lex/Lexer.h"

namespace clang::tidy::async {

const NamedDecl *calleeOf(const Expr &Call) {
  const auto *CE = dyn_cast<CallExpr>(&Call);
  if (!CE || CE->containsErrors())
    return nullptr;
  if (const auto *Op = dyn_cast<CXXOperatorCallExpr>(CE))
    if (Op->getOperator() == OO_Call)
      if (const auto *Object =
              dyn_cast<DeclRefExpr>(Op->getArg(0)->IgnoreParenImpCasts()))
        if (isa<VarDecl>(Object->getDecl()))
          return Object->getDecl();
  return CE->getDirectCallee();
}

const CXXRecordDecl *classOf(QualType T) {
  return T.isNull() ? nullptr : T.getNonReferenceType()->getAsCXXRecordDecl();
}

const CXXRecordDecl *objectClassOf(const Expr &Call) {
  const auto *Member = dyn_cast<CXXMemberCallExpr>(&Call);
  if (!Member || !Member->getImplicitObjectArgument())
    return nullptr;
  QualType Type =
      Member->getImplicitObjectArgument()->IgnoreParenImpCasts()->getType();
  if (Type->isPointerType())
    Type = Type->getPointeeType();
  return Type->getAsCXXRecordDecl();
}

std::optional<unsigned> findCallee(const QualifiedNameSet &Names,
                                   const Expr &Call) {
  const NamedDecl *Callee = calleeOf(Call);
  if (!Callee)
    return std::nullopt;
  if (const IdentifierInfo *Identifier = Callee->getIdentifier())
    if (!Names.mayContain(Identifier->getName()))
      return std::nullopt;
  if (const auto *Member = dyn_cast<CXXMemberCallExpr>(&Call))
    if (const CXXRecordDecl *Class = Member->getRecordDecl())
      return Names.findMember(*Class, *Callee);
  return Names.find(*Callee);
}

SourceLocation calleeNameLoc(const Expr &Call) {
  if (const auto *Op = dyn_cast<CXXOperatorCallExpr>(&Call)) {
    if (Op->getOperator() != OO_Call)
      return Op->getOperatorLoc();
    const Expr *Object = Op->getArg(0)->IgnoreParenImpCasts();
    if (const auto *Ref = dyn_cast<DeclRefExpr>(Object))
      return Ref->getLocation();
    return Object->getExprLoc();
  }
  if (const auto *CE = dyn_cast<CallExpr>(&Call))
    if (const Expr *Callee = CE->getCallee()) {
      Callee = Callee->IgnoreImplicit();
      if (const auto *Ref = dyn_cast<DeclRefExpr>(Callee))
        return Ref->getLocation();
      return Callee->getExprLoc();
    }
  return Call.getExprLoc();
}

llvm::StringRef textOf(const Expr &E, const ASTContext &Context) {
  SourceRange Range = E.getSourceRange();
  if (Range.isInvalid() || Range.getBegin().isMacroID() ||
      Range.getEnd().isMacroID())
    return {};
  return Lexer::getSourceText(CharSourceRange::getTokenRange(Range),
                              Context.getSourceManager(),
                              Context.getLangOpts());
}

std::string displayName(const NamedDecl &D) {
  std::string Name;
  llvm::raw_string_ostream OS(Name);
  PrintingPolicy Policy(D.getASTContext().getLangOpts());
  Policy.SuppressTemplateArgsInCXXConstructors = true;
  const NamedDecl *Pattern = &D;
  if (const auto *Spec = dyn_cast<ClassTemplateSpecializationDecl>(&D)) {
    Pattern = Spec->getSpecializedTemplate()->getTemplatedDecl();
  } else if (const auto *F = dyn_cast<FunctionDecl>(&D)) {
    if (const FunctionTemplateDecl *Primary = F->getPrimaryTemplate()) {
      while (const FunctionTemplateDecl *From =
                 Primary->getInstantiatedFromMemberTemplate())
        Primary = From;
      Pattern = Primary->getTemplatedDecl();
    }
    if (const FunctionDecl *Member = cast<FunctionDecl>(Pattern)
                                         ->getInstantiatedFromMemberFunction())
      Pattern = Member;
  }
  // A constructor is named after its class, without template arguments:
  // LLVM 19 prints a class template's parameters in its constructors' names
  // ('basic_ifstream<_CharT, _Traits>') despite the policy.
  if (const auto *Ctor = dyn_cast<CXXConstructorDecl>(Pattern)) {
    Ctor->getParent()->printQualifiedName(OS, Policy);
    OS << "::" << Ctor->getParent()->getName();
    return Name;
  }
  Pattern->printQualifiedName(OS, Policy);
  return Name;
}

} // namespace clang::tidy::async
