//===--- CoroutineAnalysis.cpp - async-lint -------------------------------===//

#include "CoroutineAnalysis.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/DeclTemplate.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/StmtCXX.h"

namespace clang::tidy::async {
using namespace ast_matchers;

DeclarationMatcher coroutineDefinition() {
  // isDefinition() keeps a function with several declarations from matching
  // once per declaration.
  return functionDecl(isDefinition(), hasBody(coroutineBodyStmt()))
      .bind("coroutine");
}

const Stmt *userBodyOfCoroutine(const FunctionDecl &F) {
  if (F.isInvalidDecl())
    return nullptr;
  if (const auto *Body = dyn_cast_or_null<CoroutineBodyStmt>(F.getBody()))
    return Body->getBody();
  return nullptr;
}

bool isLambdaCallOperator(const FunctionDecl &F) {
  const auto *Method = dyn_cast<CXXMethodDecl>(&F);
  return Method && Method->getParent()->isLambda();
}

CoroutineLibraries::CoroutineLibraries(llvm::StringRef TypeList)
    : Entries(knowledge::parseEntries(TypeList)),
      Types(knowledge::keysOf(Entries)) {}

llvm::StringRef CoroutineLibraries::libraryOfType(QualType T) const {
  if (T.isNull())
    return {};
  T = T.getNonReferenceType();
  if (const CXXRecordDecl *Record = T->getAsCXXRecordDecl())
    if (std::optional<unsigned> Index = Types.find(*Record))
      return Entries[*Index].Value;
  // A dependent return type (`Task<T>` in a template) has no record yet.
  if (const auto *Spec = T->getAs<TemplateSpecializationType>())
    if (const TemplateDecl *Template =
            Spec->getTemplateName().getAsTemplateDecl())
      if (std::optional<unsigned> Index = Types.find(*Template))
        return Entries[*Index].Value;
  return {};
}

llvm::StringRef CoroutineLibraries::libraryOf(const FunctionDecl &F) const {
  return libraryOfType(F.getReturnType());
}

} // namespace clang::tidy::async
